// Drives a Pactum server with @confluentinc/schemaregistry, Confluent's own JavaScript Schema
// Registry client (the one beside @confluentinc/kafka-javascript), unchanged, over HTTP Basic as
// its users configure it: basicAuthCredentials {credentialsSource: 'USER_INFO', userInfo}. Avro
// only. Prints one JSON object of observations on stdout; PactumConfluentClientIT asserts them.
// Exits 1 on the first unexpected failure.
//
//   node check-confluent.mjs http://localhost:8080 NAME:SECRET NAME:WRONG_SECRET
import assert from 'node:assert/strict';
import {
  AvroDeserializer,
  AvroSerializer,
  SchemaRegistryClient,
  SerdeType,
} from '@confluentinc/schemaregistry';

const [url, userInfo, wrongUserInfo] = process.argv.slice(2);
if (!url || !userInfo || !wrongUserInfo) {
  console.error('usage: node check-confluent.mjs REGISTRY_URL NAME:SECRET NAME:WRONG_SECRET');
  process.exit(2);
}
const client = (info) =>
  new SchemaRegistryClient({
    baseURLs: [url],
    basicAuthCredentials: { credentialsSource: 'USER_INFO', userInfo: info },
    maxRetries: 0,
  });
const topic = 'orders-confluent';
const subject = `${topic}-value`; // the default TopicNameStrategy's subject
const seen = {};

const orderV1 = {
  type: 'record', name: 'OrderPlaced', namespace: 'pactum.orders.confluent',
  fields: [
    { name: 'order_id', type: 'string' },
    { name: 'amount', type: 'double' },
  ],
};
const avro = (s) => ({ schemaType: 'AVRO', schema: JSON.stringify(s) });

// --- Register, re-register, look up --------------------------------------------------------------
const registry = client(userInfo);
const id = await registry.register(subject, avro(orderV1));
seen.avroId = id;
seen.avroReRegisterSameId = (await registry.register(subject, avro(orderV1))) === id;
seen.avroLookupId = (await registry.getId(subject, avro(orderV1)));
seen.avroLatestId = (await registry.getLatestSchemaMetadata(subject)).id;

// --- Serialize with the registered id; deserialize with a client that must fetch it by id ------
const serializer = new AvroSerializer(registry, SerdeType.VALUE, { useSchemaId: id });
const order = { order_id: 'o-2002', amount: 17.25 };
const encoded = await serializer.serialize(topic, order);
seen.avroMagicByte = encoded[0];
seen.avroFramedId = encoded.readInt32BE(1);
const cold = new AvroDeserializer(client(userInfo), SerdeType.VALUE, {});
seen.avroDecodedByColdClient = { ...(await cold.deserialize(topic, encoded)) };

// --- A wrong secret: refused, and the client says so -------------------------------------------
const wrong = client(wrongUserInfo);
seen.wrongSecretRegister = await failure(() => wrong.register(subject, avro(orderV1)));
seen.wrongSecretDecode = await failure(() =>
  new AvroDeserializer(wrong, SerdeType.VALUE, {}).deserialize(topic, encoded));

// --- Sanity checks here; the Java test asserts the rest --------------------------------------------
assert.equal(seen.avroMagicByte, 0);
assert.equal(seen.avroFramedId, id);
console.log(JSON.stringify(seen));

// What a call that should fail threw: its HTTP status and message (or 'succeeded').
async function failure(call) {
  try {
    await call();
    return { status: 'succeeded' };
  } catch (e) {
    return { status: e.status ?? null, errorCode: e.errorCode ?? null, message: String(e.message) };
  }
}
