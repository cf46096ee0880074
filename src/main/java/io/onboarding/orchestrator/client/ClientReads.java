package io.onboarding.orchestrator.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.onboarding.orchestrator.api.Envelope;

/** {@code GET /clients/{id}} with its includes, and {@code GET /clients}. */
@Service
class ClientReads {

	private final Clients clients;

	private final ClientViews views;

	private final ClientCounts counts;

	private final ClientPages pages;

	ClientReads(Clients clients, ClientViews views, ClientCounts counts, ClientPages pages) {
		this.clients = clients;
		this.views = views;
		this.counts = counts;
		this.pages = pages;
	}

	@Transactional(readOnly = true)
	Envelope read(UUID id, ClientIncludes includes) {
		Client client = clients.require(id);
		Map<String, Object> connect = new LinkedHashMap<>();
		if (includes.connections()) {
			connect.put("connections", views.connections(id));
		}
		return Envelope.read("client", views.view(client, includes)).withConnect(connect).withMetadata(includes.echo());
	}

	/**
	 * A page of the list. Filtered by status and type only (the usual operator views),
	 * the total comes from the kept counts and only the page itself is read; other
	 * filters count their match.
	 */
	@Transactional(readOnly = true)
	Page<ClientView.Summary> list(ClientFilter filter, Pageable pageable) {
		if (counts.kept() && filter.countedByStatusAndType()) {
			List<Client> content = pages.read(filter.status(), filter.type(), pageable);
			long total = counts.count(filter.status() == null ? null : filter.status().value(), filter.type());
			return new PageImpl<>(views.summaries(content), pageable, total);
		}
		Page<Client> page = clients.findAll(filter.specification(), pageable);
		return new PageImpl<>(views.summaries(page.getContent()), pageable, page.getTotalElements());
	}

}
