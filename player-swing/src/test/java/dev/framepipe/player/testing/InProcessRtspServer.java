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
 * GStreamer's own RTSP server ({@code libgstrtspserver}) in this JVM, through a JNA binding of the dozen calls it
 * needs, on 127.0.0.1: one mount ({@link RtspTestServer#PATH}) serving a {@code gst-launch} payloader bin, optionally
 * with Basic credentials, restricted transports, or a hook that gets the media's pipeline (to feed its
 * {@code appsrc}). It runs its own GLib main context on a daemon thread.
 *
 * <p>Tests that stop and restart a camera use {@link RtspTestServer}, which runs this class's {@link #main} in a
 * process of its own and kills it: closing a client from another thread than the server's makes the server's watch
 * read a closed connection (a storm of GLib criticals, seen once in CI), and a killed process is what a camera that
 * loses power looks like to a player.
 */
public final class InProcessRtspServer implements AutoCloseable {
    private static final long G_TYPE_BOOLEAN = 5 << 2;
    private static final long G_TYPE_STRING = 16 << 2;

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

    private InProcessRtspServer(String launch, MediaHook hook, int protocols, String user, String password) {
        this.launch = launch;
        this.hook = hook;
        this.mediaConfigure = (factory, media, data) -> hook.configure(Natives.objectFor(
                RtspServer.LIB.gst_rtsp_media_get_element(media), Bin.class, false, true));
        this.protocols = protocols;
        this.user = user;
        this.password = password;
    }

    /**
     * Starts a server.
     *
     * @param port         the port, 0 for a free one
     * @param payloaderBin the media as {@code gst-launch} text whose payloader is named {@code pay0}
     * @param protocols    {@link RtspTestServer#UDP}, {@link RtspTestServer#TCP} or both
     * @param user         the user name clients must give, or {@code null} for no authentication
     * @param password     that user's password
     * @param hook         gets each media's pipeline as the server builds it, or {@code null}
     * @return the running server
     */
    public static InProcessRtspServer start(int port, String payloaderBin, int protocols, String user,
                                            String password, MediaHook hook) {
        GStreamerRuntime.ensureInitialized();
        InProcessRtspServer server = new InProcessRtspServer(payloaderBin, hook, protocols, user, password);
        server.listen(Integer.toString(port));
        return server;
    }

    /**
     * Runs a server until its standard input ends (the parent process closed it, or died), printing
     * {@code PORT <n>} once it listens: {@code port protocols user password payloaderBin}, with {@code -} for no
     * user and password.
     *
     * @param args the arguments
     * @throws java.io.IOException if standard input fails
     */
    public static void main(String[] args) throws java.io.IOException {
        boolean credentials = !"-".equals(args[2]);
        try (InProcessRtspServer server = start(Integer.parseInt(args[0]), args[4], Integer.parseInt(args[1]),
                credentials ? args[2] : null, credentials ? args[3] : null, null)) {
            System.out.println("PORT " + server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Until the parent closes the pipe.
            }
        }
        System.exit(0);
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
     * Returns the port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * Returns the stream's URI.
     *
     * @return {@code rtsp://127.0.0.1:port/live}
     */
    public URI uri() {
        return URI.create("rtsp://127.0.0.1:" + port + RtspTestServer.PATH);
    }

    /** Stops the main loop and releases the server; clients see their connections end when the JVM exits. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
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
        RtspServer.LIB.gst_rtsp_mount_points_add_factory(mounts, RtspTestServer.PATH, factory);
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
