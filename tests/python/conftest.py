"""Fixtures for the Python black-box tests: a real `ferry server` process per test module, and
boto3 / aws CLI clients pointed at it with nothing but an endpoint URL and credentials."""

import json
import os
import re
import shutil
import subprocess
import tempfile
import threading

import boto3
import pytest

ACCESS_KEY_ID = "AKIAFERRYPYTESTKEY01"
SECRET_ACCESS_KEY = "ferry-python-test-secret-000000000000000"
REGION = "us-east-1"


class FerryServer:
    def __init__(self, binary, extra_args=()):
        self.data_dir = tempfile.mkdtemp(prefix="ferry-pytest-")
        env = dict(os.environ, FERRY_ACCESS_KEY_ID=ACCESS_KEY_ID, FERRY_SECRET_ACCESS_KEY=SECRET_ACCESS_KEY,
                   FERRY_LOG="info", NO_COLOR="1")
        self.process = subprocess.Popen(
            [binary, "server", "--listen", "127.0.0.1:0", "--data-dir", self.data_dir, *extra_args],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.endpoint = None
        # The image registry's address (`host:port`), from the same "ready" line; None when off.
        self.registry = None
        ready = threading.Event()

        def drain():
            for line in self.process.stderr:
                match = re.search(r"endpoint=(http://\S+)", line)
                if match and self.endpoint is None:
                    registry = re.search(r"registry=http://(\S+)", line)
                    self.registry = registry.group(1) if registry else None
                    self.endpoint = match.group(1)
                    ready.set()
            ready.set()

        threading.Thread(target=drain, daemon=True).start()
        if not ready.wait(30) or self.endpoint is None:
            self.process.kill()
            raise RuntimeError("ferry server did not become ready")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.data_dir, ignore_errors=True)

    def client(self, service="ecs"):
        return boto3.client(service, endpoint_url=self.endpoint, region_name=REGION,
                            aws_access_key_id=ACCESS_KEY_ID, aws_secret_access_key=SECRET_ACCESS_KEY)

    def aws(self, *arguments, check=True):
        """Runs the aws CLI against this server; returns the parsed JSON output (or None)."""
        env = dict(os.environ, AWS_ACCESS_KEY_ID=ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY=SECRET_ACCESS_KEY,
                   AWS_DEFAULT_REGION=REGION, AWS_CONFIG_FILE="/dev/null", AWS_SHARED_CREDENTIALS_FILE="/dev/null",
                   AWS_PAGER="")
        result = subprocess.run(["aws", "--endpoint-url", self.endpoint, "--output", "json", *arguments],
                                env=env, capture_output=True, text=True)
        if check and result.returncode != 0:
            raise AssertionError(f"aws {' '.join(arguments)} failed ({result.returncode}): {result.stderr}")
        if not check:
            return result
        return json.loads(result.stdout) if result.stdout.strip() else None


@pytest.fixture(scope="module")
def ferry():
    binary = os.environ.get("FERRY_BIN") or shutil.which("ferry")
    if not binary:
        pytest.fail("set FERRY_BIN to the ferry binary (scripts/test does)")
    server = FerryServer(binary)
    yield server
    server.stop()


@pytest.fixture
def ecs(ferry):
    return ferry.client("ecs")
