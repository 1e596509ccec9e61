import { Button, Group, Stepper } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { HOUSE_GUIDANCE, HOUSE_STEPS, type HouseStep } from './guidance';
import { ActionStep, AudienceStep, CriticismStep, UmbrellaStep } from './HouseSteps';
import { PillarsStep, ProofsStep } from './PillarSteps';
import { ReviewStep } from './ReviewStep';
import { HousePicturePdfButton } from './HousePicturePdfButton';
import type { HouseEditor } from './useHouseEditor';

function stepKey(houseId: string): string {
  return `ambassador-studio.house-step.${houseId}`;
}

function storedStep(houseId: string): number {
  try {
    const value = Number(sessionStorage.getItem(stepKey(houseId)));
    return Number.isInteger(value) && value >= 0 && value < HOUSE_STEPS.length ? value : 0;
  } catch {
    return 0;
  }
}

/**
 * The Message House as seven steps. Any step can be opened at any time (people think in different orders);
 * the step is remembered for this house during the session, and moving to a step puts focus on its content.
 */
export function HouseStepper({ houseId, editor }: { houseId: string; editor: HouseEditor }) {
  const [active, setActive] = useState(() => storedStep(houseId));
  const moved = useRef(false);
  const contentRef = useRef<HTMLDivElement>(null);

  const goTo = (index: number) => {
    const next = Math.min(HOUSE_STEPS.length - 1, Math.max(0, index));
    moved.current = true;
    setActive(next);
    try {
      sessionStorage.setItem(stepKey(houseId), String(next));
    } catch {
      // The step is not remembered; nothing else depends on it.
    }
  };
  const goToStep = (step: HouseStep) => goTo(HOUSE_STEPS.indexOf(step));

  useEffect(() => {
    if (!moved.current) return;
    contentRef.current?.querySelector<HTMLElement>('h3')?.focus();
  }, [active]);

  const content: Record<HouseStep, ReactNode> = {
    audience: <AudienceStep editor={editor} />,
    umbrella: <UmbrellaStep editor={editor} />,
    pillars: <PillarsStep editor={editor} />,
    proofs: <ProofsStep editor={editor} onAddPillars={() => goToStep('pillars')} />,
    criticism: <CriticismStep editor={editor} />,
    action: <ActionStep editor={editor} />,
    review: (
      <ReviewStep
        values={editor.values}
        onGoTo={goToStep}
        picturePdf={<HousePicturePdfButton houseId={houseId} beforeExport={editor.autosave.flush} />}
      />
    ),
  };
  const previous = HOUSE_STEPS[active - 1];
  const next = HOUSE_STEPS[active + 1];

  return (
    <div>
      <Stepper active={active} onStepClick={goTo} size="sm" allowNextStepsSelect>
        {HOUSE_STEPS.map((step, index) => (
          <Stepper.Step
            key={step}
            label={HOUSE_GUIDANCE[step].title}
            aria-label={`${HOUSE_GUIDANCE[step].title}, step ${index + 1} of ${HOUSE_STEPS.length}`}
            aria-current={index === active ? 'step' : undefined}
            data-testid={`house-step-${step}`}
          >
            <div ref={index === active ? contentRef : undefined} data-step={step}>
              {content[step]}
            </div>
          </Stepper.Step>
        ))}
      </Stepper>
      <Group justify="space-between" mt="xl">
        {previous ? (
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={18} aria-hidden />}
            onClick={() => goTo(active - 1)}
          >
            Back: {HOUSE_GUIDANCE[previous].title}
          </Button>
        ) : (
          <span />
        )}
        {next ? (
          <Button rightSection={<IconArrowRight size={18} aria-hidden />} onClick={() => goTo(active + 1)}>
            Next: {HOUSE_GUIDANCE[next].title}
          </Button>
        ) : null}
      </Group>
    </div>
  );
}
