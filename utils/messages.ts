/** Messages between the extension's parts. Everything received is checked before it is used. */
export const TOPIC_HIT = 'factcheck:topic-hit';

export interface TopicHitMessage {
  type: typeof TOPIC_HIT;
  url: string;
}

export function isTopicHitMessage(value: unknown): value is TopicHitMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.type === TOPIC_HIT && typeof v.url === 'string' && v.url.length < 4096;
}
