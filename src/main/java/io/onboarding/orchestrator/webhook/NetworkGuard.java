package io.onboarding.orchestrator.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import java.util.Arrays;

/**
 * Keeps webhooks from being aimed at the service's own network (SSRF): loopback, private,
 * link-local, carrier-grade NAT, multicast and cloud metadata addresses are refused, when
 * an endpoint is registered and again before every send, unless
 * {@code onboarding.webhooks.allow-private-network} is set.
 */
@Component
class NetworkGuard {

	private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata", "instance-data",
			"metadata.azure.com");

	private final boolean allowPrivateNetwork;

	NetworkGuard(WebhookSettings settings) {
		this.allowPrivateNetwork = settings.allowPrivateNetwork();
	}

	/** Why the URL may not receive webhooks, or empty if it may. */
	Optional<String> refusal(URI url) {
		String host = url.getHost();
		if (host == null) {
			return Optional.of("has no host");
		}
		if (allowPrivateNetwork) {
			return Optional.empty();
		}
		if (METADATA_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
			return Optional.of("is a cloud metadata address");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException e) {
			return Optional.of("does not resolve");
		}
		for (InetAddress address : addresses) {
			if (isInternal(address)) {
				return Optional.of("resolves to a loopback, private, link-local or metadata address");
			}
		}
		return Optional.empty();
	}

	static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (bytes.length == 4) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			// 0/8 this network, 100.64/10 carrier-grade NAT, 192.0.0/24 IETF protocol
			// assignments, 198.18/15 benchmarking, 240/4 reserved
			return first == 0 || (first == 100 && second >= 64 && second <= 127)
					|| (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
					|| (first == 198 && (second == 18 || second == 19)) || first >= 240;
		}
		if (address instanceof Inet6Address) {
			int first = bytes[0] & 0xff;
			boolean uniqueLocal = (first & 0xfe) == 0xfc;
			boolean mappedV4 = isMappedV4(bytes);
			if (mappedV4) {
				try {
					return isInternal(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
				}
				catch (UnknownHostException e) {
					return true;
				}
			}
			return uniqueLocal;
		}
		return false;
	}

	private static boolean isMappedV4(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
	}

}
