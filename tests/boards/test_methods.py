"""The methods of the seeds as the core finds them for a board."""

from __future__ import annotations


def test_method_and_step_of_a_board_tolerate_unknown_ids():
    from boards.methods import method_and_step

    method, step = method_and_step("design-thinking-lean", "1")
    assert method is not None and method.id == "design-thinking-lean" and step is not None and step.nr == 1
    assert method_and_step("design-thinking-lean", None) == (method, None)
    assert method_and_step("design-thinking-lean", "geen-stap") == (method, None)
    assert method_and_step("bestaat-niet", "1") == (None, None)
    assert method_and_step(None, "1") == (None, None)
