// Reads a guide article aloud with the browser's own speech synthesis, in the article's language,
// and says so when the device has no voice for that language. Shared by the Vaadin article view
// (executeJs) and the light pages (inline).
window.lwReadAloud = window.lwReadAloud || function (button, status, getText, lang, texts) {
  var synth = window.speechSynthesis;
  function base(code) { return String(code || '').toLowerCase().split(/[-_]/)[0]; }
  var wanted = lang === 'kmr' ? 'ku' : base(lang);
  function voice() {
    var voices = synth.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (base(voices[i].lang) === wanted) { return voices[i]; }
    }
    return null;
  }
  function say(message) { status.textContent = message; }
  function idle() { button.textContent = texts.start; button.setAttribute('aria-pressed', 'false'); }
  function speak() {
    var chosen = voice();
    if (!chosen) { say(texts.noVoice); return; }
    say('');
    // One utterance per paragraph: some engines stop long utterances after a few seconds.
    var parts = getText().split(/\n+/).filter(function (p) { return p.trim(); });
    parts.forEach(function (part, i) {
      var u = new SpeechSynthesisUtterance(part);
      u.voice = chosen;
      u.lang = chosen.lang;
      if (i === parts.length - 1) { u.onend = idle; }
      synth.speak(u);
    });
    button.textContent = texts.stop;
    button.setAttribute('aria-pressed', 'true');
  }
  button.addEventListener('click', function () {
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') { say(texts.noVoice); return; }
    if (synth.speaking || synth.pending) { synth.cancel(); idle(); return; }
    if (synth.getVoices().length) { speak(); return; }
    // Some browsers load their voices only when first asked.
    var done = false;
    function once() {
      synth.removeEventListener('voiceschanged', once);
      if (!done) { done = true; speak(); }
    }
    synth.addEventListener('voiceschanged', once);
    setTimeout(once, 1500);
  });
};
