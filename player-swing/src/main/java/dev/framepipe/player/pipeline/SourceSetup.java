package dev.framepipe.player.pipeline;

import java.net.PasswordAuthentication;
import java.net.URI;
import java.util.Locale;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.elements.PlayBin;

import dev.framepipe.player.StreamOptions;

/**
 * Applies the {@link StreamOptions} to the source element playbin makes for a network URI, each time it makes one
 * (again when the player reconnects): the jitter-buffer latency of RTSP and SRT sources, dropping late packets, and
 * credentials from the application's callback for RTSP and HTTP sources whose URI has none. The RTSP transport is
 * chosen by the URI's scheme instead ({@link #uriFor}), which {@code rtspsrc} reads itself.
 *
 * <p>Threading: called on the GStreamer thread that makes the source. The password goes to the source's
 * {@code user-pw} property only; nothing here logs.
 */
final class SourceSetup implements PlayBin.SOURCE_SETUP {
    private final URI location;
    private final StreamOptions options;

    /**
     * Creates the setup for one media.
     *
     * @param location the media's URI, as the application gave it
     * @param options  the stream options
     */
    SourceSetup(URI location, StreamOptions options) {
        this.location = location;
        this.options = options;
    }

    /**
     * Returns the URI handed to playbin: an {@code rtsp:} URI gets the scheme that restricts {@code rtspsrc} to the
     * chosen transport ({@code rtspt:} for TCP, {@code rtspu:} for UDP).
     *
     * @param uri       the URI, in GStreamer's form
     * @param transport the transport chosen
     * @return the URI text
     */
    static String uriFor(String uri, StreamOptions.Transport transport) {
        if (transport == StreamOptions.Transport.AUTO || !uri.regionMatches(true, 0, "rtsp://", 0, 7)) {
            return uri;
        }
        return (transport == StreamOptions.Transport.TCP ? "rtspt" : "rtspu") + uri.substring(4);
    }

    @Override
    public void sourceSetup(PlayBin playbin, Element source) {
        ElementFactory factory = source.getFactory();
        String kind = factory == null ? "" : factory.getName().toLowerCase(Locale.ROOT);
        if ("rtspsrc".equals(kind) || "srtsrc".equals(kind)) {
            source.set("latency", (int) options.getLatency().toMillis());
        }
        if ("rtspsrc".equals(kind)) {
            source.set("drop-on-latency", options.isDropLate());
        }
        if (("rtspsrc".equals(kind) || "souphttpsrc".equals(kind)) && location.getRawUserInfo() == null) {
            options.getCredentials().ifPresent(callback -> credentials(source, callback));
        }
    }

    private void credentials(Element source, StreamOptions.CredentialsCallback callback) {
        PasswordAuthentication given = callback.credentials(location);
        if (given != null) {
            source.set("user-id", given.getUserName());
            source.set("user-pw", new String(given.getPassword()));
        }
    }
}
