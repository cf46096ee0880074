package io.onboarding.orchestrator.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the service under test and PostgreSQL, so that a test can take the
 * database away as an outage does: {@link #cut()} breaks every open connection and
 * refuses new ones until {@link #restore()}. The service's connection pool goes through
 * it; the tests' own JDBC checks do not.
 */
public final class DatabaseProxy {

	private static DatabaseProxy instance;

	private final ServerSocket listener;

	private final String upstreamHost;

	private final int upstreamPort;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean cut;

	private DatabaseProxy(String upstreamHost, int upstreamPort) throws IOException {
		this.upstreamHost = upstreamHost;
		this.upstreamPort = upstreamPort;
		this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "database-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** The one relay of this JVM, to the given PostgreSQL. */
	public static synchronized DatabaseProxy to(String host, int port) {
		if (instance == null) {
			try {
				instance = new DatabaseProxy(host, port);
			}
			catch (IOException e) {
				throw new IllegalStateException("cannot open the database relay", e);
			}
		}
		return instance;
	}

	/** The relay the integration tests' service goes through. */
	public static synchronized DatabaseProxy current() {
		if (instance == null) {
			throw new IllegalStateException("no integration test context has started the database relay");
		}
		return instance;
	}

	public int port() {
		return listener.getLocalPort();
	}

	/**
	 * The outage begins: open connections break, new ones are closed as soon as they
	 * come.
	 */
	public void cut() {
		cut = true;
		for (Socket socket : open) {
			closeQuietly(socket);
		}
		open.clear();
	}

	/** The database is back. */
	public void restore() {
		cut = false;
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				if (cut) {
					closeQuietly(client);
					continue;
				}
				Socket server = new Socket();
				server.connect(new InetSocketAddress(upstreamHost, upstreamPort), 5_000);
				client.setTcpNoDelay(true);
				server.setTcpNoDelay(true);
				open.add(client);
				open.add(server);
				if (cut) { // cut while this one was being connected
					closeQuietly(client);
					closeQuietly(server);
					continue;
				}
				pump(client, server);
				pump(server, client);
			}
			catch (IOException e) {
				// one connection failed; keep accepting
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
				}
			}
			catch (IOException closed) {
				// either side went away; the other follows below
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				open.remove(from);
				open.remove(to);
			}
		}, "database-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

}
