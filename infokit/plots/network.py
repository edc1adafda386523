"""The referral network: you, the people you found, and whom each of them led you to."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from infokit.model import Project
from infokit.plots._figure import COLOURS, new_figure, plain

YOU = "__you__"


def network_edges(project: Project) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Node labels and (from, to) edges: you → contacts you found yourself, referrer → referred."""
    labels = {YOU: "You"}
    edges: list[tuple[str, str]] = []
    by_name = {c.name.casefold(): c.id for c in project.contacts}
    for contact in project.contacts:
        labels[contact.id] = plain(contact.name)
        referrer = by_name.get(contact.referred_by.casefold()) if contact.referred_by else None
        edges.append((referrer if referrer and referrer != contact.id else YOU, contact.id))
    source = project.interviewee_id or YOU
    for referral in project.referrals:
        if referral.contact_id and referral.contact_id in labels:
            if (source, referral.contact_id) not in edges:
                edges = [e for e in edges if e[1] != referral.contact_id] + [(source, referral.contact_id)]
            continue
        node = f"referral:{referral.id}"
        labels[node] = plain(referral.name)
        edges.append((source, node))
    return labels, edges


def _layers(edges: list[tuple[str, str]]) -> dict[str, int]:
    depth = {YOU: 0}
    children = defaultdict(list)
    for a, b in edges:
        children[a].append(b)
    queue = [YOU]
    while queue:
        node = queue.pop(0)
        for child in children[node]:
            if child not in depth:
                depth[child] = depth[node] + 1
                queue.append(child)
    return depth


def network_figure(project: Project) -> Any:
    """Layers left to right: you, then each generation of referrals; the interviewee in bold."""
    labels, edges = network_edges(project)
    depth = _layers(edges)
    columns: dict[int, list[str]] = defaultdict(list)
    for node in labels:
        columns[depth.get(node, 1)].append(node)
    tallest = max(len(nodes) for nodes in columns.values())
    figure = new_figure(2.6 * (max(columns) + 1) + 1, 0.55 * tallest + 1.2)
    axes = figure.add_subplot()
    where = {}
    for column, nodes in columns.items():
        for row, node in enumerate(nodes):
            where[node] = (column, -(row - (len(nodes) - 1) / 2))
    for a, b in edges:
        axes.annotate(
            "",
            xy=where[b],
            xytext=where[a],
            arrowprops={"arrowstyle": "->", "color": COLOURS["muted"], "shrinkA": 14, "shrinkB": 14},
        )
    for node, (x, y) in where.items():
        chosen = node == project.interviewee_id
        pending = node.startswith("referral:")
        colour = COLOURS["done"] if chosen else COLOURS["todo"] if pending else COLOURS["accent"]
        axes.scatter([x], [y], s=160, color=colour, zorder=3)
        axes.annotate(
            labels[node],
            (x, y),
            xytext=(0, 10),
            textcoords="offset points",
            ha="center",
            fontsize=8,
            fontweight="bold" if chosen else "normal",
        )
    axes.set_axis_off()
    axes.set_xlim(-0.6, max(columns) + 0.6)
    axes.set_title(
        "Who led you to whom (green: your interviewee, grey: referrals not yet contacted)",
        loc="left",
        fontsize=9,
    )
    return figure
