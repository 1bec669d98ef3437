"""Test doubles that speak real protocols over 127.0.0.1, plus a guard that keeps tests offline."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import pytest

_LOCAL_NAMES = {"localhost", "127.0.0.1", "::1", "ip6-localhost"}


def _is_local(host: object) -> bool:
    if not isinstance(host, str):
        return False  # e.g. AF_UNIX paths are bytes/str; tuples only reach here for inet sockets
    if host in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def deny_non_local_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make any connection (or name lookup) to a host other than loopback raise.

    Returns the list of refused destinations so a fixture can also fail the test
    when library code swallowed the error.
    """
    refused: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def check(address: Any) -> None:
        if isinstance(address, tuple) and not _is_local(address[0]):
            refused.append(str(address))
            raise ConnectionRefusedError(f"tests may only connect to 127.0.0.1, not {address!r}")

    def connect(self: socket.socket, address: Any) -> None:
        check(address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        check(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name is not None and not _is_local(name):
            refused.append(f"lookup {name}")
            raise socket.gaierror(f"tests may only resolve loopback names, not {name!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return refused


def scrub_provider_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove variables that could point a client at a real provider or a tracing service."""
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "OPENAI_API_BASE",
        "OPENAI_PROXY",
        "ANTHROPIC_API_KEY",
        "OLLAMA_HOST",
        "LANGSMITH_API_KEY",
        "LANGSMITH_GATEWAY_API_KEY",
        "LANGSMITH_GATEWAY",
        "LANGSMITH_ENDPOINT",
        "LANGCHAIN_API_KEY",
        "LANGCHAIN_ENDPOINT",
        "FOOTNOTE_LLM",
        "FOOTNOTE_LLM_BASE_URL",
        "FOOTNOTE_LLM_API_KEY",
        "FOOTNOTE_CONFIG",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANGSMITH_TRACING", "false")
    monkeypatch.setenv("LANGCHAIN_TRACING_V2", "false")
