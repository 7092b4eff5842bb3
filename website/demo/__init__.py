"""The foundation's demo content, and the helpers and registry every app's ``demo.py`` uses.

``load_demo_content`` imports each installed app's ``demo`` module; for website/ that is this
package, which registers the foundation's steps (languages, taxonomy, home, fixed pages) from
``foundation.py``. Long texts live apart from code (``pages.py``), as in every app that has them.
"""

from . import foundation  # noqa: F401 - registers the foundation's steps
