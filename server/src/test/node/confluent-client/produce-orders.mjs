// Produces orders of the orders.order_placed contract to Kafka the way a KafkaJS application does:
// values in Confluent's wire format written by @confluentinc/schemaregistry's AvroSerializer, the
// writer schemas looked up (and one new version registered) in Pactum's registry over HTTP Basic,
// and the producer's own service-id and deployment-hash headers on every record. Some orders pass
// the contract, some break it. Prints one JSON object on stdout: the schema ids and every record
// sent (label, key, value in base64, partition, offset, headers); StreamInteropIT asserts what the
// validator made of them. Exits 1 on the first unexpected failure.
//
//   node produce-orders.mjs REGISTRY_URL NAME:SECRET BOOTSTRAP_SERVERS TOPIC SCHEMA_FILE
import { readFileSync } from 'node:fs';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { AvroSerializer, SchemaRegistryClient, SerdeType } from '@confluentinc/schemaregistry';

const [url, userInfo, bootstrap, topic, schemaFile] = process.argv.slice(2);
if (!url || !userInfo || !bootstrap || !topic || !schemaFile) {
  console.error(
    'usage: node produce-orders.mjs REGISTRY_URL NAME:SECRET BOOTSTRAP_SERVERS TOPIC SCHEMA_FILE');
  process.exit(2);
}
const subject = 'orders.order_placed'; // the contract's id names its registry subject

// --- The writer schemas: the contract's, looked up; a nullable customer_id, registered ----------
const registry = new SchemaRegistryClient({
  baseURLs: [url],
  basicAuthCredentials: { credentialsSource: 'USER_INFO', userInfo },
  maxRetries: 0,
});
const contractSchema = JSON.parse(readFileSync(schemaFile, 'utf8'));
// what a producer writes during a partial outage: customer_id may be null (a compatible change)
const nullableSchema = structuredClone(contractSchema);
const customerId = nullableSchema.fields.find((f) => f.name === 'customer_id');
customerId.type = ['null', 'string'];
customerId.default = null;
const avro = (s) => ({ schemaType: 'AVRO', schema: JSON.stringify(s) });
const schemaId = await registry.getId(subject, avro(contractSchema));
const nullableSchemaId = await registry.register(subject, avro(nullableSchema));

const serializer = (id) =>
  new AvroSerializer(registry, SerdeType.VALUE, {
    useSchemaId: id,
    autoRegisterSchemas: false,
    subjectNameStrategy: () => subject,
  });
const contractSerializer = serializer(schemaId);
const nullableSerializer = serializer(nullableSchemaId);

// --- The orders: plain JavaScript values as Avro's binary encoding wants them ----------------------
const order = (orderId, changes = {}) => ({
  order_id: orderId,
  customer_id: 'c-1001',
  email: 'ana@example.com',
  status: 'PLACED',
  channel: 'WEB',
  amount: decimal(4250n),
  currency: 'EUR',
  coupon_code: null,
  items: [{ sku: 'sku-1', quantity: 2, unit_price: decimal(2125n) }],
  shipping_address: null,
  placed_at: Date.parse('2026-12-01T10:15:30Z'),
  loaded_at: Date.parse('2026-12-01T10:16:00Z'),
  ...changes,
});
const web = { 'service-id': 'checkout-web', 'deployment-hash': '9b1e4f7' };
const mobile = { 'service-id': 'checkout-mobile', 'deployment-hash': 'e41c0d2' };
const records = [
  { label: 'valid', serializer: contractSerializer, headers: web,
    order: order('0b7c3c1e-2a4d-4f0e-9a51-6c1d2e3f4a01') },
  // a currency outside the accepted values, which the contract tolerates (mostly: 0.999): passes
  { label: 'tolerated-currency', serializer: contractSerializer, headers: web,
    order: order('0b7c3c1e-2a4d-4f0e-9a51-6c1d2e3f4a02', { currency: 'JPY' }) },
  { label: 'null-customer', serializer: nullableSerializer, headers: mobile,
    order: order('0b7c3c1e-2a4d-4f0e-9a51-6c1d2e3f4a03', { customer_id: null }) },
  // two reasons: an amount out of range (enforced) and an e-mail address (PII) that is none
  { label: 'too-expensive', serializer: contractSerializer, headers: web,
    order: order('0b7c3c1e-2a4d-4f0e-9a51-6c1d2e3f4a04',
      { amount: decimal(10000001n), email: 'ana.example.com' }) },
  { label: 'refunded', serializer: contractSerializer, headers: web,
    order: order('0b7c3c1e-2a4d-4f0e-9a51-6c1d2e3f4a05', { status: 'REFUNDED' }) },
  { label: 'valid-after', serializer: contractSerializer, headers: mobile,
    order: order('0b7c3c1e-2a4d-4f0e-9a51-6c1d2e3f4a06', { amount: decimal(700n) }) },
];

// --- Produce, one record at a time so each one's partition and offset are known -------------------
const kafka = new Kafka({
  clientId: 'checkout-orders-npm',
  brokers: bootstrap.split(','),
  logLevel: logLevel.ERROR,
  logCreator: () => ({ namespace, log }) =>
    console.error(`kafkajs ${namespace}: ${log.message}`),
});
const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
await producer.connect();
const sent = [];
try {
  for (const r of records) {
    const value = await r.serializer.serialize(topic, r.order);
    const key = r.order.order_id;
    const [meta] = await producer.send({
      topic,
      acks: -1,
      messages: [{ key, value, headers: r.headers }],
    });
    sent.push({
      label: r.label,
      key,
      value: value.toString('base64'),
      partition: meta.partition,
      offset: Number(meta.baseOffset),
      headers: r.headers,
    });
  }
} finally {
  await producer.disconnect();
}
console.log(JSON.stringify({ schemaId, nullableSchemaId, sent }));

// An Avro decimal's bytes for a non-negative unscaled value: big-endian, with a leading zero byte
// when the top bit is set (two's complement, so the value stays positive).
function decimal(unscaled) {
  let hex = unscaled.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const bytes = Buffer.from(hex, 'hex');
  return bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
}
