"""Third-party progress bars and warnings, silenced at the command's entry unless -v.

The model libraries print a "Loading weights 0/103" bar, advisory warnings and
deprecation notes that say nothing to a user. They read their switches from the
environment when first imported, so this runs before any of them is; worker processes
and `footnote ui`'s Streamlit inherit the environment.
"""

from __future__ import annotations

import os
import sys
import warnings

_ENV = {
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",  # hub downloads and transformers' weight-loading bar
    "TRANSFORMERS_VERBOSITY": "error",
    "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1",
}
_MODULES = r"(torch|transformers|sentence_transformers|huggingface_hub|tokenizers|onnxruntime|chromadb|langchain\w*|pydantic)(\.|$)"


def quiet_third_party(verbose: bool) -> None:
    """Turn the libraries' own chatter off (a user's explicit environment value wins)."""
    if verbose:
        return
    for key, value in _ENV.items():
        os.environ.setdefault(key, value)
    warnings.filterwarnings("ignore", module=_MODULES)
    if "transformers" in sys.modules:  # already imported (an embedding program): switch it off directly
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
