package de.lokalwillkommen.push;

import de.lokalwillkommen.base.i18n.LocalDates;
import de.lokalwillkommen.base.push.BrowserSubscription;
import de.lokalwillkommen.base.push.OwnerKind;
import de.lokalwillkommen.base.push.PushSubscriptions;

import de.lokalwillkommen.base.MunicipalityProperties;
import de.lokalwillkommen.base.PublicAddress;
import de.lokalwillkommen.base.i18n.BundleTranslationProvider;
import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.base.i18n.Languages;
import java.time.Clock;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The push feature's API for the others. A feature lets a browser subscribe for one of its records
 * ({@link #subscribe}), and queues what that browser should hear ({@link #queue}); the sending job delivers it
 * soon after, once, from one server. Callers must check that the person may act on the record (e.g. holds the
 * booking's personal link) before subscribing; this service does not know who owns what.
 */
@Service
public class PushNotices implements PushSubscriptions {

    private final PushStore store;
    private final SubscriptionCheck check;
    private final VapidKeys keys;
    private final PushSendingJob sending;
    private final PublicAddress publicAddress;
    private final Languages languages;
    private final BundleTranslationProvider translations;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    PushNotices(PushStore store, SubscriptionCheck check, VapidKeys keys, PushSendingJob sending,
            PublicAddress publicAddress, Languages languages, BundleTranslationProvider translations,
            MunicipalityProperties municipality, Clock clock) {
        this.store = store;
        this.check = check;
        this.keys = keys;
        this.sending = sending;
        this.publicAddress = publicAddress;
        this.languages = languages;
        this.translations = translations;
        this.municipality = municipality;
        this.clock = clock;
    }

    /** Days, times and ranges in the language a notice is written in (the source language if no longer offered). */
    public LocalDates dates(String language) {
        return LocalDates.of(languages.orSource(language), translations);
    }

    /** The VAPID public key the page passes to {@code pushManager.subscribe} (base64url). */
    @Override
    public String publicKey() {
        return keys.publicKey();
    }

    /**
     * Stores a browser's subscription for a record, idempotently (a double tap is one row). Throws
     * {@link de.lokalwillkommen.base.UserFacingException} ({@code push.error.invalid}) for a forged or malformed
     * subscription, which is never contacted.
     */
    @Override
    public void subscribe(OwnerKind kind, long ownerId, @Nullable BrowserSubscription subscription, String language) {
        BrowserSubscription accepted = check.accept(subscription);
        store.subscribe(kind, ownerId, accepted, languages.orSource(language).code(), now());
    }

    /** Removes this browser's subscription for the record; nothing happens when there was none. */
    @Override
    public void unsubscribe(OwnerKind kind, long ownerId, String endpoint) {
        store.unsubscribe(kind, ownerId, endpoint);
    }

    /** Removes every subscription for the record (and what was queued for them). */
    public void unsubscribeAll(OwnerKind kind, long ownerId) {
        store.unsubscribeAll(kind, ownerId);
    }

    @Override
    public boolean isSubscribed(OwnerKind kind, long ownerId, String endpoint) {
        return store.subscribed(kind, ownerId, endpoint);
    }

    /**
     * Queues a notice for every browser subscribed to the record; each browser gets a given {@code dedupKey} once,
     * however often this is called and on however many servers. Returns how many notices were newly queued
     * (0 when nobody subscribed). Never blocks on a push service.
     */
    public int queue(OwnerKind kind, long ownerId, String dedupKey, NoticeText text) {
        return queue(kind, ownerId, dedupKey, text, null);
    }

    /** As {@link #queue(OwnerKind, long, String, NoticeText)}; a notice not sent by {@code expiresAt} is dropped. */
    public int queue(OwnerKind kind, long ownerId, String dedupKey, NoticeText text,
            @Nullable LocalDateTime expiresAt) {
        LocalDateTime now = now();
        String url = publicAddress.of(text.path());
        int queued = 0;
        for (PushStore.Target target : store.targets(kind, ownerId)) {
            if (store.queue(target.subscriptionId(), dedupKey, text, url, expiresAt, now)) {
                queued++;
            }
        }
        if (queued > 0) {
            sending.soon();
        }
        return queued;
    }

    /** A notice made of translation keys, in {@code language} (German when the app does not speak it). */
    public NoticeText text(String language, String titleKey, String bodyKey, String path, Object... args) {
        Language lang = languages.orSource(language);
        return new NoticeText(translations.getTranslation(titleKey, lang.locale(), args),
                translations.getTranslation(bodyKey, lang.locale(), args), path, lang.code());
    }

    private LocalDateTime now() {
        return municipality.now(clock);
    }
}
