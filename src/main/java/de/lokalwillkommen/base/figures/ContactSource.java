package de.lokalwillkommen.base.figures;

import java.util.List;

/**
 * A feature's contacts for the network's figures: attended bookings and walk-ins (booking), answered messages
 * (messages). Implement it as a Spring bean; the figures feature adds every source into the contact totals.
 */
public interface ContactSource {

    List<ContactCount> contacts(FigureQuery query);
}
