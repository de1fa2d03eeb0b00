"Run a dia_nb command line from a file (fastcore's call_parse parses sys.argv only when called from a module): cli.py COMMAND ARGS..."
import sys
from dia_nb import cli
getattr(cli, sys.argv.pop(1))()
