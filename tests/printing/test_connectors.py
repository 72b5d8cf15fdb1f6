"""Connectors never cross text: every template's arrows against its labels, writing areas and printed text."""

from __future__ import annotations

import itertools

import pytest

from boards.geometry import Point, Rect
from boards.model import ConnectorElement
from boards.routing import connector_route, route_obstacles, segment_hits_rect
from boards.templates import load_template, template_ids
from printing import PrintOptions, print_plan, render_board_pdf
from tests.support.pdf import text_boxes_mm

WITH_CONNECTORS = [
    template_id
    for template_id in template_ids()
    if any(isinstance(element, ConnectorElement) for element in load_template(template_id).elements)
]


def test_some_templates_have_connectors():
    assert {"rapportageproces", "model-menselijk-functioneren"} <= set(WITH_CONNECTORS)


@pytest.mark.parametrize("template_id", WITH_CONNECTORS)
def test_connectors_cross_no_zone_heading_text_or_symbol(template_id):
    board = load_template(template_id)
    for connector in [e for e in board.elements if isinstance(e, ConnectorElement)]:
        route = connector_route(board, connector)
        assert route is not None and len(route) >= 2
        source, target = board.element_rect(connector.source), board.element_rect(connector.target)
        assert _on_border(route[0], source) and _on_border(route[-1], target), connector.id
        for a, b in itertools.pairwise(route):
            for rect in route_obstacles(board, connector):
                assert not segment_hits_rect(a, b, rect), (connector.id, rect)


@pytest.mark.parametrize("template_id", WITH_CONNECTORS)
def test_printed_connectors_cross_no_printed_text(template_id):
    board = load_template(template_id)
    plan = print_plan(board, PrintOptions())
    (runs,) = text_boxes_mm(render_board_pdf(board, PrintOptions(), plan))
    labels = {e.label for e in board.elements if isinstance(e, ConnectorElement) and e.label}
    for connector in [e for e in board.elements if isinstance(e, ConnectorElement)]:
        route = connector_route(board, connector)
        for a, b in itertools.pairwise(route):
            start = Point(a.x + plan.offset_x_mm, a.y + plan.offset_y_mm)
            end = Point(b.x + plan.offset_x_mm, b.y + plan.offset_y_mm)
            for text, x0, y0, x1, y1 in runs:
                if text in labels:
                    continue  # a connector's own label sits on it
                box = Rect(x0, y0, x1 - x0, y1 - y0).inset(0.3)
                assert not segment_hits_rect(start, end, box), (connector.id, text)


def _on_border(point: Point, rect: Rect) -> bool:
    inside = rect.x - 0.01 <= point.x <= rect.right + 0.01 and rect.y - 0.01 <= point.y <= rect.bottom + 0.01
    edge = min(abs(point.x - rect.x), abs(point.x - rect.right), abs(point.y - rect.y), abs(point.y - rect.bottom))
    return inside and edge < 0.01


def test_a_blocked_straight_line_goes_round():
    """A zone between the two ends, as tall as they are: the arrow goes round it, through the free gutter."""
    from boards.model import Board, Zone, ZoneKind
    from boards.paper import Paper

    blocker = Rect(150, 60, 20, 80)
    board = Board(
        id="om",
        title="Om",
        paper=Paper.a_series("A4", "landscape"),
        zones=[
            Zone("a", ZoneKind.CELL, Rect(40, 60, 100, 80), "A"),
            Zone("midden", ZoneKind.CELL, blocker, "Midden"),
            Zone("b", ZoneKind.CELL, Rect(180, 60, 80, 80), "B"),
        ],
        elements=[ConnectorElement("c", "a", "b")],
    )
    route = connector_route(board, board.elements[0])
    assert len(route) == 4  # out, round the blocker through the gutter above or below it, in
    for a, b in itertools.pairwise(route):
        assert not segment_hits_rect(a, b, blocker.inset(-2))


def _plain_cost(route, obstacles) -> float:
    """The cost written out slowly: length, bends and every obstacle crossed, one segment and rect at a time."""
    from boards.routing import BEND_COST_MM, CLEARANCE_MM, CROSSING_COST_MM

    length = sum(((b.x - a.x) ** 2 + (b.y - a.y) ** 2) ** 0.5 for a, b in itertools.pairwise(route))
    crossings = sum(
        1
        for a, b in itertools.pairwise(route)
        for rect in obstacles
        if segment_hits_rect(a, b, rect.inset(-CLEARANCE_MM))
    )
    return crossings * CROSSING_COST_MM + length + (len(route) - 2) * BEND_COST_MM


def _plain_choice(routes, obstacles):
    best = None
    for route in routes:
        cost = _plain_cost(route, obstacles)
        if best is None or cost < best[0] - 1e-9:
            best = (cost, route)
    return best[1]


@pytest.mark.parametrize("template_id", WITH_CONNECTORS)
def test_the_quick_choice_is_the_plain_cheapest_route(template_id):
    """cheapest_route (arrays, cheapest first, stops early) picks what trying every route on every rect picks."""
    from boards.readback import frame_width_mm
    from boards.routing import candidate_routes, cheapest_route

    board = load_template(template_id)
    inner = board.bounds.inset(frame_width_mm(board.width_mm, board.height_mm))
    for connector in [e for e in board.elements if isinstance(e, ConnectorElement)]:
        source, target = board.element_rect(connector.source), board.element_rect(connector.target)
        obstacles = route_obstacles(board, connector)
        routes = candidate_routes(source, target, obstacles, inner)
        assert cheapest_route(routes, obstacles) == _plain_choice(routes, obstacles), connector.id


def test_when_every_route_crosses_the_fewest_crossings_win():
    """Walled in on all sides: every route crosses, and the quick choice still counts them as the plain one."""
    from boards.routing import candidate_routes, cheapest_route

    source, target = Rect(100, 100, 20, 20), Rect(300, 100, 20, 20)
    walls = [
        Rect(60, 60, 300, 10),
        Rect(60, 150, 300, 10),
        Rect(60, 60, 10, 100),
        Rect(350, 60, 10, 100),
        Rect(200, 65, 10, 90),
        Rect(240, 75, 10, 70),
    ]
    routes = candidate_routes(source, target, walls, Rect(0, 0, 420, 297))
    chosen = cheapest_route(routes, walls)
    assert chosen == _plain_choice(routes, walls)
    assert _plain_cost(chosen, walls) >= 2_000_000  # it crosses the two walls between the ends
