/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { command, composeChannels, query, TOPICS, type AnyChannel } from './channel';
import { CHANNELS, contract } from './contract';

const featureModules = import.meta.glob<Record<string, Record<string, AnyChannel>>>('./features/*/channels.ts', {
  eager: true,
});

describe('the contract', () => {
  it('is every feature’s channels, each declared by exactly one feature, and nothing else', () => {
    const declared = Object.values(featureModules).flatMap((module) =>
      Object.values(module)
        .filter((value) => typeof value === 'object' && value !== null)
        .flatMap((map) => Object.keys(map)),
    );
    expect(declared.length).toBeGreaterThan(0);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...declared].sort()).toEqual([...CHANNELS].sort());
  });

  it('names channels domain:verb, and each domain belongs to one feature folder', () => {
    const owner = new Map<string, string>();
    for (const [path, module] of Object.entries(featureModules)) {
      for (const map of Object.values(module)) {
        for (const name of Object.keys(map)) {
          expect(name).toMatch(/^[a-z][A-Za-z]*:[a-z][A-Za-z]*$/);
          const domain = name.split(':')[0]!;
          expect(owner.get(domain) ?? path, `${name} is declared outside the feature that owns "${domain}"`).toBe(path);
          owner.set(domain, path);
        }
      }
    }
  });

  it('gives every channel a kind and known topics; every query reads something unless it is a live poll', () => {
    const livePolls = ['pack:progress'];
    for (const name of CHANNELS) {
      const definition = contract[name];
      expect(['query', 'command']).toContain(definition.kind);
      for (const topic of definition.topics) expect(TOPICS).toContain(topic);
      if (definition.kind === 'query' && !livePolls.includes(name))
        expect(definition.topics.length, name).toBeGreaterThan(0);
    }
  });
});

describe('composeChannels', () => {
  it('refuses a channel name declared twice, instead of letting the later one win', () => {
    const a = { 'thing:get': query<number>()(z.strictObject({}), ['cohort']) };
    const b = { 'thing:get': command<number>()(z.strictObject({}), ['cohort']) };
    expect(() => composeChannels(a, b)).toThrow('The channel "thing:get" is declared twice.');
    expect(Object.keys(composeChannels(a, { 'thing:set': b['thing:get'] }))).toEqual(['thing:get', 'thing:set']);
  });
});
