import sys

from mlkg.cli import main

sys.exit(main())
