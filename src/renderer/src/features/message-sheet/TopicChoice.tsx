import { Anchor, Checkbox, Stack, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useNavigation } from '../../app/navigation';
import { inProfileOrder } from './selection';

function ProfileLink() {
  const { navigate } = useNavigation();
  return (
    <Anchor
      href="#profile"
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        event.preventDefault();
        navigate('profile');
      }}
    >
      Profile
    </Anchor>
  );
}

/**
 * Topics from the profile to tick for the sheet, kept in the profile's order. With none in the profile, a line
 * that says so and links to the Profile, where topics are added.
 */
export function TopicChoice({
  label,
  description,
  topics,
  value,
  onChange,
  none,
}: {
  label: string;
  description: string;
  topics: string[];
  value: string[];
  onChange(next: string[]): void;
  /** What is missing and how to add it, up to the link: "… on your" Profile. */
  none: string;
}) {
  if (topics.length === 0) {
    return (
      <Text size="sm">
        <Text span fw={500}>
          {label}:
        </Text>{' '}
        {none} <ProfileLink />.
      </Text>
    );
  }
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={value}
      onChange={(next) => onChange(inProfileOrder(next, topics))}
    >
      <Stack gap="xs" mt="xs">
        {topics.map((topic) => (
          <Checkbox key={topic} value={topic} label={<span dir="auto">{topic}</span>} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
