"""Reads a dead-letter topic with confluent_kafka (librdkafka), as a Python team would.

Run with Debian's interpreter, where the package python3-confluent-kafka installs:

    /usr/bin/python3 read_dead_letters.py BOOTSTRAP_SERVERS TOPIC COUNT [TIMEOUT_SECONDS]

Prints one JSON object per line: first the client's and librdkafka's versions, then each record
read (topic, partition, offset, key, value in base64, headers decoded as UTF-8 text in the order
they came), committed records only. Exits 0 once COUNT records were read and a last poll found no
more, 1 when fewer arrived before the timeout, 3 when confluent_kafka is missing.
"""

import base64
import json
import sys
import time

try:
    import confluent_kafka
except ImportError as e:
    print(
        "confluent_kafka is not importable by %s (%s): install the Debian package "
        "python3-confluent-kafka" % (sys.executable, e),
        file=sys.stderr,
    )
    sys.exit(3)


def text(raw):
    """Bytes as UTF-8 text; None stays None; bytes that are not UTF-8 as {"base64": ...}."""
    if raw is None:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(raw).decode("ascii")}


def record(message):
    return {
        "topic": message.topic(),
        "partition": message.partition(),
        "offset": message.offset(),
        "timestamp": message.timestamp()[1],
        "key": text(message.key()),
        "value": None if message.value() is None else base64.b64encode(message.value()).decode("ascii"),
        "headers": [[name, text(value)] for name, value in (message.headers() or [])],
    }


def main(argv):
    if len(argv) not in (4, 5):
        print(__doc__, file=sys.stderr)
        return 2
    bootstrap, topic, count = argv[1], argv[2], int(argv[3])
    timeout = float(argv[4]) if len(argv) == 5 else 60.0
    print(
        json.dumps(
            {
                "client": confluent_kafka.version()[0],
                "librdkafka": confluent_kafka.libversion()[0],
            }
        ),
        flush=True,
    )
    consumer = confluent_kafka.Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": "librdkafka-reader-" + topic,
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
            "isolation.level": "read_committed",
        }
    )
    seen = 0
    try:
        consumer.subscribe([topic])
        deadline = time.monotonic() + timeout
        while seen < count and time.monotonic() < deadline:
            seen += emit(consumer.poll(0.5))
        # one more short wait: a record beyond COUNT would show here
        end = time.monotonic() + 1.0
        while time.monotonic() < end:
            seen += emit(consumer.poll(0.2))
    finally:
        consumer.close()
    if seen < count:
        print("read %d of %d records from %s" % (seen, count, topic), file=sys.stderr)
        return 1
    return 0


def emit(message):
    if message is None:
        return 0
    if message.error():
        if message.error().code() == confluent_kafka.KafkaError._PARTITION_EOF:
            return 0
        raise confluent_kafka.KafkaException(message.error())
    print(json.dumps(record(message)), flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
