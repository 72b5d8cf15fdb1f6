"""``templates``, ``show`` and ``validate``: looking at boards without a window; the template library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from boards.errors import InvalidArgumentError, problem
from boards.fileformat import load_board
from boards.methods import list_methods
from boards.serialize import board_to_dict
from boards.templates import OTHER_METHOD, resolve_board
from cli.output import print_error, print_json
from cli.parser import exit_bad_arguments


def _templates(args: argparse.Namespace) -> int:
    from boards.library import Source, default_library, json_entry

    listing = default_library().listing()
    templates = listing.templates
    if args.source:
        templates = [template for template in templates if template.source.value == args.source]
    for message in listing.problems:
        sys.stderr.write(f"bruinpapier: let op: {message}\n")
    if args.json:
        print_json([{**board_to_dict(template.board), **json_entry(template)} for template in templates])
        return 0
    titles = {method.id: method for method in list_methods()}
    current = None
    for template in templates:
        board = template.board
        if template.source == Source.BUILTIN:
            method_id = board.method or OTHER_METHOD
            method = titles.get(method_id)
            heading = (
                f"{method.title} ({method.school})"
                if method and method.school
                else (method.title if method else "Overige borden")
            )
        elif template.source == Source.OWN:
            heading = "Eigen sjablonen"
        else:
            heading = f"Schoolsjablonen ({listing.school_folder})"
        if heading != current:
            current = heading
            print(f"\n{heading}")
        step = ""
        if board.method in titles:
            step_obj = next((s for s in titles[board.method].steps if s.id == board.step), None)
            if step_obj:
                step = f"stap {step_obj.nr} {step_obj.title} · "
            if template.source != Source.BUILTIN:
                step = f"{titles[board.method].title}, {step}"
        mark = "" if template.source == Source.BUILTIN else f" [{template.source.value}]"
        print(f"  {board.id:<36} {board.title}{mark}  [{step}{board.paper.label()}, {len(board.zones)} zones]")
    if not templates and args.source:
        print(_EMPTY[args.source])
    return 0


_EMPTY = {
    "eigen": "Nog geen eigen sjablonen; bewaar er een met 'bruinpapier templates save BORD' of in de app "
    "(Bestand → Opslaan als sjabloon…).",
    "school": "Geen schoolsjablonen; stel de map in met 'bruinpapier templates school MAP' of in de app "
    "(Instellingen).",
    "ingebouwd": "",
}


def _clash(args: argparse.Namespace):
    from boards.library import Clash

    return Clash.REPLACE if args.replace else Clash.KEEP_BOTH if args.keep_both else Clash.REFUSE


def _say_stored(template, verb: str) -> None:
    print(f"{verb}: eigen sjabloon '{template.title}' ({template.id}) in {template.path}")


def _template_save(args: argparse.Namespace) -> int:
    from boards.library import default_library
    from boards.methods import get_method

    board = resolve_board(args.board)
    if args.title is not None:
        board.title = args.title
    if args.description is not None:
        board.description = args.description
    if args.method is not None:
        board.method = args.method or None
        board.step = None
    if board.method and args.method is not None:
        method = get_method(board.method)
        board.step = method.step(args.step).id if args.step else None
    elif args.step:
        if not board.method:
            return exit_bad_arguments("--stap: geef ook --methode; een stap hoort bij een methode")
        board.step = get_method(board.method).step(args.step).id
    _say_stored(_stored(lambda clash: default_library().add(board, args.author or "", clash), args), "Bewaard")
    return 0


def _stored(store, args: argparse.Namespace):
    """``store(clash)``; a title that is taken says how to choose on the command line."""
    from boards.library import TitleTaken

    try:
        return store(_clash(args))
    except TitleTaken as error:
        raise InvalidArgumentError(problem("{error}: geef --vervang of --beide", error=error.message)) from None


def _template_import(args: argparse.Namespace) -> int:
    from boards.library import default_library

    library = default_library()
    for path in args.files:
        _say_stored(_stored(lambda clash, path=path: library.import_file(path, clash), args), "Geïmporteerd")
    return 0


def _template_export(args: argparse.Namespace) -> int:
    from boards.library import default_library

    template = default_library().export(args.template, args.output)
    print(f"Geëxporteerd: '{template.title}' naar {args.output}")
    return 0


def _template_remove(args: argparse.Namespace) -> int:
    from boards.library import default_library

    template = default_library().remove(args.template)
    print(f"Verwijderd: eigen sjabloon '{template.title}' ({template.id})")
    return 0


def _template_school(args: argparse.Namespace) -> int:
    from boards.library import FolderState, check_school_folder, folder_problem, read_school_folder, write_school_folder

    if args.off:
        write_school_folder(None)
        print("De map met schoolsjablonen wordt niet meer gebruikt.")
        return 0
    if args.folder is None:
        folder = read_school_folder()
        print(f"Map met schoolsjablonen: {folder}" if folder else "Er is geen map met schoolsjablonen ingesteld.")
        if folder is not None and (state := check_school_folder(folder)) != FolderState.OK:
            sys.stderr.write(f"bruinpapier: let op: {folder_problem(folder, state)}\n")
        return 0
    folder = Path(args.folder).expanduser().absolute()
    state = check_school_folder(folder)
    if state != FolderState.OK:
        print_error(str(folder_problem(folder, state)))
        return 1
    write_school_folder(folder)
    print(f"Map met schoolsjablonen: {folder} (alleen lezen)")
    return 0


def _show(args: argparse.Namespace) -> int:
    board = resolve_board(args.board)
    if args.json:
        print_json(board_to_dict(board))
        return 0
    print(f"{board.title}  ({board.id}, versie {board.version})")
    if board.question:
        print(f"Vraag: {board.question}")
    print(f"Papier: {board.paper.label()} ({board.paper.width_mm:g} × {board.paper.height_mm:g} mm)")
    for zone in board.zones:
        dots = ", ".join(kind.label for kind in zone.holds.dots)
        extra = f"  stippen: {dots}" if dots else ""
        print(f"  - {zone.label or zone.id} [{zone.kind.value}]{extra}")
    if board.additions:
        print("Toevoegingen van Bruinpapier (geen woorden uit de bron):")
        for addition in board.additions:
            print(f"  - ‘{addition.text}’: {addition.reason}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    for path in args.files:
        board = load_board(path)
        print(f"{path}: in orde ({board.title}, {len(board.zones)} zones)")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "templates", help="sjablonen: ingebouwd (per methode), eigen en van school; eigen sjablonen beheren"
    )
    parser.add_argument("--json", action="store_true", help="als JSON")
    parser.add_argument(
        "--bron", dest="source", choices=("ingebouwd", "eigen", "school"), help="alleen sjablonen van deze bron"
    )
    parser.set_defaults(handler=_templates)
    commands = parser.add_subparsers(dest="templates_command", metavar="OPDRACHT", parser_class=type(parser))

    def clash_options(sub: argparse.ArgumentParser) -> None:
        group = sub.add_mutually_exclusive_group()
        group.add_argument(
            "--vervang", dest="replace", action="store_true", help="een eigen sjabloon met dezelfde naam vervangen"
        )
        group.add_argument(
            "--beide", dest="keep_both", action="store_true", help="bij dezelfde naam beide bewaren: 'Naam (2)'"
        )

    sub = commands.add_parser("save", help="een bord (bestand of sjabloon-id) als eigen sjabloon bewaren")
    sub.add_argument("board", metavar="BORD_OF_SJABLOON")
    sub.add_argument("--titel", dest="title", help="naam van het sjabloon (anders de titel van het bord)")
    sub.add_argument("--methode", dest="method", help="id van de methode ('' voor geen)")
    sub.add_argument("--stap", dest="step", help="stap van de methode (id of nummer)")
    sub.add_argument("--beschrijving", dest="description", help="waar het sjabloon voor is")
    sub.add_argument("--maker", dest="author", help="wie het maakte (staat in het bestand als je het deelt)")
    clash_options(sub)
    sub.set_defaults(handler=_template_save)

    sub = commands.add_parser("import", help="sjabloonbestand(en) (.bpsjabloon of .bpbord) in je eigen sjablonen")
    sub.add_argument("files", nargs="+", metavar="BESTAND")
    clash_options(sub)
    sub.set_defaults(handler=_template_import)

    sub = commands.add_parser("export", help="een eigen of schoolsjabloon als bestand, om te delen")
    sub.add_argument("template", metavar="SJABLOON")
    sub.add_argument("-o", "--output", required=True, metavar="BESTAND.bpsjabloon")
    sub.set_defaults(handler=_template_export)

    sub = commands.add_parser("remove", help="een eigen sjabloon verwijderen")
    sub.add_argument("template", metavar="SJABLOON")
    sub.set_defaults(handler=_template_remove)

    sub = commands.add_parser("school", help="de gedeelde map met schoolsjablonen tonen, instellen of uitzetten")
    sub.add_argument("folder", nargs="?", metavar="MAP")
    sub.add_argument("--uit", dest="off", action="store_true", help="geen map met schoolsjablonen meer gebruiken")
    sub.set_defaults(handler=_template_school)

    parser = subparsers.add_parser("show", help="één bord tonen (sjabloon-id of bestand)")
    parser.add_argument("board", metavar="SJABLOON_OF_BESTAND")
    parser.add_argument("--json", action="store_true", help="als JSON")
    parser.set_defaults(handler=_show)

    parser = subparsers.add_parser("validate", help="bordbestand(en) controleren")
    parser.add_argument("files", nargs="+", metavar="BESTAND")
    parser.set_defaults(handler=_validate)
