"""``python -m extractor`` is the same as the ``extractor`` command."""
import sys

from .cli import main

sys.exit(main())
