import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useNavigation } from '../../../app/navigation';
import { useHouses } from '../../key-messages/queries';

/** Bridging phrases from DOMAIN.md (ABC: acknowledge, bridge, communicate). Weak bridges are left out on purpose. */
export const BRIDGING_PHRASES = ['What matters most here is…', 'The key point is…', 'What I can tell you is…'];

/** A glance-able card: your main message, your key messages and a few bridges back to them. */
export function CueCard({ ambassadorId }: { ambassadorId: string }) {
  // The same cached answer as the Key messages screen, refreshed whenever a house changes.
  const houses = useHouses(ambassadorId);
  const { navigate } = useNavigation();

  const house = houses.data?.find((h) => h.isPrimary) ?? houses.data?.[0];
  const pillars = house?.pillars.filter((p) => p.message.trim()) ?? [];
  const hasMessages = Boolean(house && (house.umbrella.trim() || pillars.length > 0));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="cue-card-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="cue-card-heading">
          Cue card
        </Title>
        {hasMessages && house ? (
          <>
            {house.umbrella.trim() ? (
              <div>
                <Text size="sm" fw={700}>
                  Main message
                </Text>
                <Text size="lg">{house.umbrella}</Text>
              </div>
            ) : null}
            {pillars.length > 0 ? (
              <div>
                <Text size="sm" fw={700}>
                  Key messages
                </Text>
                <List spacing={2}>
                  {pillars.map((pillar) => (
                    <List.Item key={pillar.id}>{pillar.message}</List.Item>
                  ))}
                </List>
              </div>
            ) : null}
          </>
        ) : (
          <Text>
            {houses.loading && !houses.data ? 'Loading your key messages…' : 'You have no key messages yet. '}
            {!houses.loading || houses.data ? (
              <Anchor component="button" type="button" onClick={() => navigate('key-messages')}>
                Write your key messages
              </Anchor>
            ) : null}
          </Text>
        )}
        <div>
          <Text size="sm" fw={700}>
            Bridges back to your message
          </Text>
          <List spacing={2}>
            {BRIDGING_PHRASES.map((phrase) => (
              <List.Item key={phrase}>“{phrase}”</List.Item>
            ))}
          </List>
          <Text size="sm" mt={4}>
            Acknowledge the question, bridge, then give one key message.
          </Text>
        </div>
      </Stack>
    </Paper>
  );
}
