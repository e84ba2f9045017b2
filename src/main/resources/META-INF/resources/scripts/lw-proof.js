// lokal willkommen: solves the public forms' proof-of-work challenge (ALTCHA's format) in the background with
// the browser's own SHA-256 (crypto.subtle), so the visitor does nothing. Self-hosted; sends nothing anywhere but
// to our server. Loaded on demand by base/ui/ProofField; no frontend bundle involved.
(function () {
  'use strict';
  async function sha256Hex(text) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  }

  async function solve(challenge) {
    const started = Date.now();
    for (let number = 0; number <= challenge.maxnumber; number++) {
      if ((await sha256Hex(challenge.salt + number)) === challenge.challenge) {
        return btoa(JSON.stringify({
          algorithm: challenge.algorithm, challenge: challenge.challenge, number: number,
          salt: challenge.salt, signature: challenge.signature, took: Date.now() - started
        }));
      }
    }
    return null;
  }

  window.lwProof = {
    /** Solves the challenge in the element's data-challenge and hands the answer to the server. */
    run: function (element) {
      if (!window.crypto || !crypto.subtle || !element.dataset.challenge) {
        return;
      }
      solve(JSON.parse(element.dataset.challenge)).then(function (payload) {
        if (payload && element.$server) {
          element.$server.proofSolved(payload);
        }
      });
    }
  };
})();
