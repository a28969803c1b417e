package dev.framepipe.player;

import java.beans.PropertyChangeListener;

/**
 * Where listeners of a {@link MediaPlayer} register.
 *
 * <p>Every callback runs on the Swing event dispatch thread, in the order the events happened. A listener that
 * throws is logged and does not keep the others from being called. Listeners may be added and removed from any
 * thread, including from inside a callback.
 */
public interface PlayerEvents {
    /**
     * Adds a listener for end of media, completed loop cycles and errors.
     *
     * @param listener the listener
     * @return a registration that removes the listener when closed
     */
    Registration addListener(MediaPlayerListener listener);

    /**
     * Adds a listener for every bound property (see {@link PlayerProperties} for the names).
     *
     * @param listener the listener
     * @return a registration that removes the listener when closed
     */
    Registration addPropertyChangeListener(PropertyChangeListener listener);

    /**
     * Adds a listener for one bound property.
     *
     * @param propertyName one of the names in {@link PlayerProperties}
     * @param listener     the listener
     * @return a registration that removes the listener when closed
     */
    Registration addPropertyChangeListener(String propertyName, PropertyChangeListener listener);
}
