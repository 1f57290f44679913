"""Nothing reaches the network at run time: e-mail validation uses tldextract's bundled list."""

from __future__ import annotations

import socket

import pytest

import redactor
from redactor.detect.recognizers import email


def test_email_validation_works_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("network access at run time")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    email._offline_extractor.cache_clear()
    text = "почта ivan.petrov@example.co.uk"
    assert [f.entity_type for f in redactor.analyze(text)] == ["EMAIL_ADDRESS"]
