"""A small Chrome DevTools Protocol client on the Python standard library.

It speaks just enough WebSocket (RFC 6455) to talk to one local Chromium: text frames out
(masked, as clients must), text/continuation/ping/close frames in. Commands for page targets
go over the browser connection with a flattened `sessionId`, so one socket serves all pages.
"""

import base64
import json
import os
import socket
import struct
import time
from collections import deque


class WebSocket:
    def __init__(self, host, port, path, timeout=30):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            response += chunk
        head, self.buffer = response.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError("WebSocket handshake refused: " + head.decode(errors="replace"))

    def send_text(self, text):
        payload = text.encode()
        header = bytearray([0x81])
        length = len(payload)
        if length < 126:
            header.append(0x80 | length)
        elif length < 65536:
            header.append(0x80 | 126)
            header += struct.pack(">H", length)
        else:
            header.append(0x80 | 127)
            header += struct.pack(">Q", length)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes(header) + mask + masked)

    def _read_exact(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(max(65536, count - len(self.buffer)))
            if not chunk:
                raise ConnectionError("DevTools connection closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def receive_text(self):
        """Returns the next complete text message, answering pings on the way."""
        parts = []
        while True:
            first, second = self._read_exact(2)
            opcode, final = first & 0x0F, first & 0x80
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read_exact(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read_exact(8))[0]
            mask = self._read_exact(4) if second & 0x80 else None
            payload = self._read_exact(length)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x9:  # ping
                self.sock.sendall(bytes([0x8A, 0x80 | len(payload)]) + b"\0\0\0\0" + payload)
                continue
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the WebSocket")
            if opcode in (0x1, 0x0):
                parts.append(payload)
                if final:
                    return b"".join(parts).decode()

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class DevTools:
    """Commands with replies, and a queue of the events that arrived meanwhile."""

    def __init__(self, port, browser_path):
        self.ws = WebSocket("127.0.0.1", port, browser_path)
        self.next_id = 0
        self.events = deque()

    def send(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.ws.send_text(json.dumps(message))
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = json.loads(self.ws.receive_text())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(f"{method}: no reply within {timeout}s")

    def wait_for(self, method, session, timeout):
        """Collects events until `method` arrives for `session`; returns False on timeout."""
        deadline = time.time() + timeout
        for event in list(self.events):
            if event.get("method") == method and event.get("sessionId") == session:
                return True
        self.ws.sock.settimeout(0.5)
        try:
            while time.time() < deadline:
                try:
                    event = json.loads(self.ws.receive_text())
                except socket.timeout:
                    continue
                self.events.append(event)
                if event.get("method") == method and event.get("sessionId") == session:
                    return True
            return False
        finally:
            self.ws.sock.settimeout(30)

    def drain(self, seconds):
        """Keeps collecting events for a short while (late console messages, font loads)."""
        self.ws.sock.settimeout(0.2)
        deadline = time.time() + seconds
        try:
            while time.time() < deadline:
                try:
                    self.events.append(json.loads(self.ws.receive_text()))
                except socket.timeout:
                    continue
        finally:
            self.ws.sock.settimeout(30)

    def take_events(self, session):
        mine = [e for e in self.events if e.get("sessionId") == session]
        self.events = deque(e for e in self.events if e.get("sessionId") != session)
        return mine
