package org.hisops.db.postgres.embedded.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay between a standby and its primary that can be cut, to simulate a network partition
 * without root rights or firewall rules. While cut, live connections are closed and new ones are reset at once;
 * restoring lets the next connection attempt through.
 */
public final class ReplicationLink implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean closed;

    /** Listens on a free loopback port and relays every connection to {@code targetPort} on loopback. */
    public ReplicationLink(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread.ofVirtual().name("hisops-replication-link-" + port()).start(this::acceptLoop);
    }

    /** The loopback port the standby connects to. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Whether the link is cut. */
    public boolean isCut() {
        return cut;
    }

    /** Closes every relayed connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        closeAll();
    }

    /** Lets connections through again. */
    public void restore() {
        cut = false;
    }

    @Override
    public void close() {
        closed = true;
        cut = true;
        try {
            listener.close();
        } catch (IOException e) {
            // nothing left to release
        }
        closeAll();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            if (cut) {
                reset(client);
                continue;
            }
            Thread.ofVirtual().start(() -> relay(client));
        }
    }

    private void relay(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
        } catch (IOException e) {
            reset(client); // the primary is down: the standby sees the same refusal as without the relay
            closeQuietly(upstream);
            return;
        }
        sockets.add(client);
        sockets.add(upstream);
        if (cut) { // cut while we were connecting
            closeAll();
            return;
        }
        try {
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
        } catch (SocketException e) {
            // latency only
        }
        Thread.ofVirtual().start(() -> pump(upstream, client));
        pump(client, upstream);
    }

    /** Copies one direction until either side ends, then closes both: PostgreSQL has no use for half-closed links. */
    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the other side or cut() closed the socket
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private void closeAll() {
        for (Socket socket : sockets.toArray(new Socket[0])) {
            closeQuietly(socket);
            sockets.remove(socket);
        }
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0); // RST, as a refused or dropped connection looks
        } catch (SocketException e) {
            // a plain close is fine too
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
