"""`python -m generator ...`"""

import gc

from .cli import main

try:
    main()
finally:
    gc.freeze()  # the process ends: the cycle collector's last run at exit need not traverse what is left
