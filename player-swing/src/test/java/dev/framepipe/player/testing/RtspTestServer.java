package dev.framepipe.player.testing;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.freedesktop.gstreamer.Bin;
import org.freedesktop.gstreamer.glib.Natives;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import dev.framepipe.player.pipeline.GStreamerRuntime;

/**
 * A real RTSP server on 127.0.0.1 for stream tests and benchmarks: GStreamer's own {@code libgstrtspserver}
 * ({@code libgstrtspserver-1.0-0} on Debian; {@code ./framepipe test} installs it), serving live pictures that a test
 * describes as a {@code gst-launch} payloader bin, with optional Basic credentials and transports, and able to stop and
 * start again on the same port as a camera that reboots does.
 *
 * <p>Runs its own GLib main context on a daemon thread, so it needs nothing from the JVM's other GStreamer users.
 * Close it at the end of the test: it drops every client and releases the port.
 */
public final class RtspTestServer implements AutoCloseable {
    /** The mount every server serves. */
    public static final String PATH = "/live";
    /** The lower transports of {@code GstRTSPLowerTrans}: what a client may use. */
    public static final int UDP = 1;
    /** TCP: RTP interleaved on the RTSP connection. */
    public static final int TCP = 4;
    private static final long G_TYPE_BOOLEAN = 5 << 2;
    private static final long G_TYPE_STRING = 16 << 2;
    private static final int FILTER_REMOVE = 0;

    private final String launch;
    private final MediaHook hook;
    /** Hands each media's pipeline to the hook; held in a field so the callback outlives the connection. */
    private final MediaConfigure mediaConfigure;
    private final int protocols;
    private final String user;
    private final String password;
    private int port;
    private Pointer context;
    private Pointer loop;
    private Pointer server;
    private int sourceId;
    private Thread thread;

    private RtspTestServer(String launch, MediaHook hook, int protocols, String user, String password) {
        this.launch = launch;
        this.hook = hook;
        this.mediaConfigure = (factory, media, data) -> hook.configure(Natives.objectFor(
                RtspServer.LIB.gst_rtsp_media_get_element(media), Bin.class, false, true));
        this.protocols = protocols;
        this.user = user;
        this.password = password;
    }

    /**
     * Serves a live picture to any client, over UDP or TCP, on a free port.
     *
     * @param payloaderBin the media as {@code gst-launch} text whose payloader is named {@code pay0}; see
     *                     {@link #liveCamera}
     * @return the running server
     */
    public static RtspTestServer start(String payloaderBin) {
        return start(payloaderBin, UDP | TCP, null, null);
    }

    /**
     * Serves a live picture with transports and credentials chosen.
     *
     * @param payloaderBin the media as {@code gst-launch} text whose payloader is named {@code pay0}
     * @param protocols    {@link #UDP}, {@link #TCP} or both
     * @param user         the user name clients must give, or {@code null} for no authentication
     * @param password     that user's password
     * @return the running server
     */
    public static RtspTestServer start(String payloaderBin, int protocols, String user, String password) {
        GStreamerRuntime.ensureInitialized();
        RtspTestServer server = new RtspTestServer(payloaderBin, null, protocols, user, password);
        server.listen("0");
        return server;
    }

    /**
     * Serves a picture that the test makes itself, over UDP or TCP: the hook gets each media's pipeline as the
     * server builds it (once: the media is shared by every client), to feed its {@code appsrc} for instance.
     *
     * @param payloaderBin the media as {@code gst-launch} text whose payloader is named {@code pay0}
     * @param hook         called on the server's thread with each media's pipeline
     * @return the running server
     */
    public static RtspTestServer start(String payloaderBin, MediaHook hook) {
        GStreamerRuntime.ensureInitialized();
        RtspTestServer server = new RtspTestServer(payloaderBin, hook, UDP | TCP, null, null);
        server.listen("0");
        return server;
    }

    /** Receives the pipeline of each media the server builds. */
    @FunctionalInterface
    public interface MediaHook {
        /**
         * A media was built and is about to be prepared.
         *
         * @param pipeline its pipeline, a reference the hook owns
         */
        void configure(Bin pipeline);
    }

    /**
     * A live H.264 camera: colour bars with the time of day drawn on them, low-latency x264.
     *
     * @param width  picture width in pixels
     * @param height picture height in pixels
     * @param fps    frames per second
     * @return the payloader bin for {@link #start}
     */
    public static String liveCamera(int width, int height, int fps) {
        return "videotestsrc is-live=true pattern=smpte ! video/x-raw,width=" + width + ",height=" + height
                + ",framerate=" + fps + "/1 ! clockoverlay ! x264enc tune=zerolatency speed-preset=ultrafast "
                + "key-int-max=" + fps + " ! rtph264pay name=pay0 pt=96 config-interval=-1";
    }

    /**
     * Returns the stream's URI, without credentials.
     *
     * @return {@code rtsp://127.0.0.1:port/live}
     */
    public URI uri() {
        return URI.create("rtsp://127.0.0.1:" + port + PATH);
    }

    /**
     * Returns the stream's URI with credentials in its user information.
     *
     * @param name   the user name
     * @param secret the password
     * @return {@code rtsp://name:secret@127.0.0.1:port/live}
     */
    public URI uri(String name, String secret) {
        return URI.create("rtsp://" + name + ":" + secret + "@127.0.0.1:" + port + PATH);
    }

    /** Stops listening and drops every client at once, as a camera that loses power; {@link #restart} brings it back. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        // Every client is closed, so players see their connection end rather than wait for a timeout.
        ClientFilter removeAll = (owner, client, data) -> FILTER_REMOVE;
        RtspServer.LIB.gst_rtsp_server_client_filter(server, removeAll, null);
        Pointer source = GLib.LIB.g_main_context_find_source_by_id(context, sourceId);
        if (source != null) {
            GLib.LIB.g_source_destroy(source);
        }
        GLib.LIB.g_main_loop_quit(loop);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        GLib.LIB.g_main_loop_unref(loop);
        GLib.LIB.g_main_context_unref(context);
        GObject.LIB.g_object_unref(server);
        server = null;
    }

    /** Listens again on the same port, after {@link #stop}. */
    public synchronized void restart() {
        if (server == null) {
            listen(Integer.toString(port));
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void listen(String service) {
        server = RtspServer.LIB.gst_rtsp_server_new();
        RtspServer.LIB.gst_rtsp_server_set_address(server, "127.0.0.1");
        RtspServer.LIB.gst_rtsp_server_set_service(server, service);
        Pointer factory = RtspServer.LIB.gst_rtsp_media_factory_new();
        RtspServer.LIB.gst_rtsp_media_factory_set_launch(factory, "( " + launch + " )");
        // One encoder for every client, as a camera has.
        RtspServer.LIB.gst_rtsp_media_factory_set_shared(factory, true);
        RtspServer.LIB.gst_rtsp_media_factory_set_protocols(factory, protocols);
        if (user != null) {
            requireCredentials(factory);
        }
        if (hook != null) {
            GObject.LIB.g_signal_connect_data(factory, "media-configure", mediaConfigure, null, null, 0);
        }
        Pointer mounts = RtspServer.LIB.gst_rtsp_server_get_mount_points(server);
        RtspServer.LIB.gst_rtsp_mount_points_add_factory(mounts, PATH, factory);
        GObject.LIB.g_object_unref(mounts);
        context = GLib.LIB.g_main_context_new();
        sourceId = RtspServer.LIB.gst_rtsp_server_attach(server, context);
        if (sourceId == 0) {
            throw new IllegalStateException("the RTSP server cannot listen on 127.0.0.1:" + service);
        }
        port = RtspServer.LIB.gst_rtsp_server_get_bound_port(server);
        loop = GLib.LIB.g_main_loop_new(context, false);
        CountDownLatch running = new CountDownLatch(1);
        Pointer runLoop = loop;
        thread = new Thread(() -> {
            running.countDown();
            GLib.LIB.g_main_loop_run(runLoop);
        }, "test-rtsp-server");
        thread.setDaemon(true);
        thread.start();
        try {
            running.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void requireCredentials(Pointer factory) {
        Pointer auth = RtspServer.LIB.gst_rtsp_auth_new();
        Pointer token = RtspServer.LIB.gst_rtsp_token_new("media.factory.role", G_TYPE_STRING, "viewer", null);
        Pointer basic = RtspServer.LIB.gst_rtsp_auth_make_basic(user, password);
        RtspServer.LIB.gst_rtsp_auth_add_basic(auth, basic.getString(0), token);
        GLib.LIB.g_free(basic);
        Gst.LIB.gst_mini_object_unref(token);
        RtspServer.LIB.gst_rtsp_server_set_auth(server, auth);
        GObject.LIB.g_object_unref(auth);
        RtspServer.LIB.gst_rtsp_media_factory_add_role(factory, "viewer", "media.factory.access", G_TYPE_BOOLEAN, 1,
                "media.factory.construct", G_TYPE_BOOLEAN, 1, null);
    }

    /** {@code GstRTSPClientFilterFunc}. */
    private interface ClientFilter extends Callback {
        int invoke(Pointer server, Pointer client, Pointer data);
    }

    /** The {@code media-configure} signal of a media factory. */
    private interface MediaConfigure extends Callback {
        void invoke(Pointer factory, Pointer media, Pointer data);
    }

    /** The calls of {@code libgstrtspserver-1.0} this server makes. */
    private interface RtspServer extends Library {
        RtspServer LIB = Native.load("gstrtspserver-1.0", RtspServer.class);

        Pointer gst_rtsp_server_new();

        void gst_rtsp_server_set_address(Pointer server, String address);

        void gst_rtsp_server_set_service(Pointer server, String service);

        int gst_rtsp_server_get_bound_port(Pointer server);

        Pointer gst_rtsp_server_get_mount_points(Pointer server);

        int gst_rtsp_server_attach(Pointer server, Pointer context);

        void gst_rtsp_server_set_auth(Pointer server, Pointer auth);

        Pointer gst_rtsp_server_client_filter(Pointer server, ClientFilter filter, Pointer data);

        Pointer gst_rtsp_media_factory_new();

        void gst_rtsp_media_factory_set_launch(Pointer factory, String launch);

        void gst_rtsp_media_factory_set_shared(Pointer factory, boolean shared);

        void gst_rtsp_media_factory_set_protocols(Pointer factory, int protocols);

        void gst_rtsp_media_factory_add_role(Pointer factory, String role, Object... fieldTypeValue);

        void gst_rtsp_mount_points_add_factory(Pointer mounts, String path, Pointer factory);

        Pointer gst_rtsp_auth_new();

        Pointer gst_rtsp_auth_make_basic(String user, String password);

        void gst_rtsp_auth_add_basic(Pointer auth, String basic, Pointer token);

        Pointer gst_rtsp_token_new(String firstField, Object... typeValueFields);

        Pointer gst_rtsp_media_get_element(Pointer media);
    }

    /** The main-loop calls of GLib. */
    private interface GLib extends Library {
        GLib LIB = Native.load("glib-2.0", GLib.class);

        Pointer g_main_context_new();

        void g_main_context_unref(Pointer context);

        Pointer g_main_context_find_source_by_id(Pointer context, int id);

        void g_source_destroy(Pointer source);

        Pointer g_main_loop_new(Pointer context, boolean running);

        void g_main_loop_run(Pointer loop);

        void g_main_loop_quit(Pointer loop);

        void g_main_loop_unref(Pointer loop);

        void g_free(Pointer memory);
    }

    /** Reference counting of GObject. */
    private interface GObject extends Library {
        GObject LIB = Native.load("gobject-2.0", GObject.class);

        void g_object_unref(Pointer object);

        long g_signal_connect_data(Pointer instance, String signal, Callback handler, Pointer data, Pointer destroy,
                                   int flags);
    }

    /** Reference counting of GStreamer's mini objects. */
    private interface Gst extends Library {
        Gst LIB = Native.load("gstreamer-1.0", Gst.class);

        void gst_mini_object_unref(Pointer object);
    }
}
