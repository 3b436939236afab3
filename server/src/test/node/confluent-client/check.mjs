// Drives a Pactum server with @kafkajs/confluent-schema-registry, the Confluent Schema Registry
// client KafkaJS applications use, unchanged. Prints one JSON object of observations on stdout;
// PactumConfluentClientIT asserts them. Exits 1 on the first unexpected failure.
//
//   node check.mjs http://localhost:8080 [NAME:SECRET [NAME:WRONG_SECRET [PRODUCER:SECRET]]]
//
// With NAME:SECRET (an API token's name and secret) the client sends HTTP Basic, configured as its
// users do (`auth: {username, password}`); with a wrong pair too, it also records how a client
// holding a wrong secret is refused; with a producer's token, how a producer registers.
import assert from 'node:assert/strict';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';

const [host, userInfo, wrongUserInfo, producerUserInfo] = process.argv.slice(2);
if (!host) {
  console.error('usage: node check.mjs REGISTRY_URL [NAME:SECRET [NAME:WRONG_SECRET [PRODUCER:SECRET]]]');
  process.exit(2);
}
const client = (info) => new SchemaRegistry(info ? { host, auth: basicAuth(info) } : { host });
const registry = client(userInfo);
const seen = {};

const orderV1 = {
  type: 'record', name: 'OrderPlaced', namespace: 'pactum.orders',
  fields: [
    { name: 'order_id', type: 'string' },
    { name: 'amount', type: 'double' },
  ],
};
const orderV2 = { ...orderV1, fields: [...orderV1.fields, { name: 'coupon', type: ['null', 'string'], default: null }] };
const orderV3Breaking = { ...orderV1, fields: [...orderV1.fields, { name: 'channel', type: 'string' }] };
const avro = (s) => ({ type: SchemaType.AVRO, schema: JSON.stringify(s) });

// --- Avro: register, re-register, look up, encode and decode in the Confluent wire format ------
const first = await registry.register(avro(orderV1), { subject: 'orders-value' });
const again = await registry.register(avro(orderV1), { subject: 'orders-value' });
seen.avroId = first.id;
seen.avroReRegisterSameId = again.id === first.id;
seen.avroLookupId = await registry.getRegistryIdBySchema('orders-value', avro(orderV1));
seen.avroLatestId = await registry.getLatestSchemaId('orders-value');

const order = { order_id: 'o-1001', amount: 42.5 };
const encoded = await registry.encode(first.id, order);
seen.avroMagicByte = encoded[0];
seen.avroFramedId = encoded.readInt32BE(1);
seen.avroDecoded = { ...(await registry.decode(encoded)) };

// A client with an empty cache must fetch the writer schema by id to decode.
const coldClient = client(userInfo);
seen.avroDecodedByColdClient = { ...(await coldClient.decode(encoded)) };

// --- A compatible change gets a new id; an incompatible one is refused with 409 -----------------
const second = await registry.register(avro(orderV2), { subject: 'orders-value' });
seen.avroV2Id = second.id;
try {
  await registry.register(avro(orderV3Breaking), { subject: 'orders-value' });
  seen.incompatibleStatus = 'registered';
} catch (e) {
  seen.incompatibleStatus = e.status;
  seen.incompatibleMessage = String(e.message);
}

// Data written with v1 read through v2 (the reader schema) by a consumer.
seen.avroV1ReadAsV2 = { ...(await registry.decode(encoded, { [SchemaType.AVRO]: { readerSchema: orderV2 } })) };

// --- Protobuf: register, encode/decode, and Confluent's framing with message indexes ------------
const paymentProto = `syntax = "proto3";
package pactum.payments.v1;

message Payment {
  string payment_id = 1;
  int64 amount_minor = 2;
  string currency = 3;
}
`;
const proto = await registry.register({ type: SchemaType.PROTOBUF, schema: paymentProto }, { subject: 'payments-value' });
seen.protobufId = proto.id;
const payment = { paymentId: 'p-77', amountMinor: 1999, currency: 'EUR' };
const protoEncoded = await registry.encode(proto.id, payment);
seen.protobufFramedId = protoEncoded.readInt32BE(1);
const protoDecoded = await registry.decode(protoEncoded);
seen.protobufDecoded = { paymentId: protoDecoded.paymentId, amountMinor: Number(protoDecoded.amountMinor), currency: protoDecoded.currency };

// Confluent's Java serializers write message indexes after the id: a zig-zag varint count, then
// the indexes; the first message is written as the single byte 0. Frame the body that way and
// check this client decodes it against the schema the registry serves for the id.
const body = protoEncoded.subarray(5);
const javaFramed = Buffer.concat([Buffer.from([0]), idBytes(proto.id), Buffer.from([0]), body]);
const fromJavaFrame = await coldClient.decode(javaFramed);
seen.protobufDecodedFromIndexedFrame = fromJavaFrame.paymentId === 'p-77' && Number(fromJavaFrame.amountMinor) === 1999;

// The same schema under another subject keeps its global id.
const sameElsewhere = await registry.register({ type: SchemaType.PROTOBUF, schema: paymentProto }, { subject: 'payments-archive-value' });
seen.protobufSameIdAcrossSubjects = sameElsewhere.id === proto.id;

// --- A wrong secret: refused, and the client says so -------------------------------------------
if (wrongUserInfo) {
  const wrong = client(wrongUserInfo);
  seen.wrongSecretRegister = await failure(() => wrong.register(avro(orderV1), { subject: 'orders-value' }));
  seen.wrongSecretDecode = await failure(() => wrong.decode(encoded));
}

// --- A producer's token: register() by default also sets a new subject's compatibility
// (PUT /config/{subject}), which only an admin may; with updateConfig: false it only registers ---
if (producerUserInfo) {
  const producer = client(producerUserInfo);
  seen.producerDefaultRegister = await failure(() =>
    producer.register(avro(orderV1), { subject: 'orders-producer-value' }));
  seen.producerRegisterId = (await producer.register(avro(orderV1),
    { subject: 'orders-producer-value', updateConfig: false })).id;
  const producerEncoded = await producer.encode(seen.producerRegisterId, order);
  seen.producerDecodedByColdClient = { ...(await client(producerUserInfo).decode(producerEncoded)) };
}

// --- Sanity checks here; the Java test asserts the rest --------------------------------------------
assert.equal(seen.avroMagicByte, 0);
assert.equal(seen.avroFramedId, first.id);
assert.deepEqual(seen.avroDecoded, order);
console.log(JSON.stringify(seen));

function basicAuth(info) {
  const colon = info.indexOf(':');
  return { username: info.slice(0, colon), password: info.slice(colon + 1) };
}

// What a call that should fail threw: its HTTP status and message (or 'succeeded').
async function failure(call) {
  try {
    await call();
    return { status: 'succeeded' };
  } catch (e) {
    return { status: e.status ?? null, message: String(e.message) };
  }
}

function idBytes(id) {
  const b = Buffer.alloc(4);
  b.writeInt32BE(id, 0);
  return b;
}
