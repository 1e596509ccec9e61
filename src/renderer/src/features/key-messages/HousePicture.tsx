import { VisuallyHidden } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { HouseFields, ProofPoint } from '../../../../shared/features/key-messages/schemas';
import classes from './HousePicture.module.css';

export const PROOF_KIND_LABELS: Record<ProofPoint['kind'], string> = {
  story: 'Story',
  fact: 'Fact',
  example: 'Example',
};

function proofText(p: ProofPoint): string {
  const source = p.kind === 'fact' && p.source.trim() ? ` (source: ${p.source.trim()})` : '';
  return `${PROOF_KIND_LABELS[p.kind]}: ${p.text.trim() || 'not written yet'}${source}`;
}

function Empty({ children }: { children: string }) {
  return <span className={classes.empty}>{children}</span>;
}

/**
 * The Message House drawn as a house: the umbrella message is the roof, each key message a pillar with its
 * proof points, and the call to action and the answer to criticism the foundation. The drawing is one image for
 * assistive technology (with a short name); the same content follows as a visually hidden list.
 */
export function HousePicture({ house }: { house: HouseFields }) {
  const pillars = house.pillars;
  const count = Math.max(1, pillars.length);
  const umbrella = house.umbrella.trim();
  const summary = `Drawing of your Message House: the roof is your umbrella message, with ${pillars.length} ${
    pillars.length === 1 ? 'pillar' : 'pillars'
  } below it and the foundation at the bottom. The same content is listed after the drawing.`;

  return (
    <figure style={{ margin: 0 }} data-testid="house-picture">
      <div role="img" aria-label={summary} className={classes.house}>
        <div className={classes.roof}>
          <div className={classes.roofText}>{umbrella || <Empty>Your umbrella message goes here</Empty>}</div>
        </div>
        <div className={classes.pillars} style={{ '--pillar-count': count } as CSSProperties}>
          {pillars.length === 0 ? (
            <div className={classes.pillar}>
              <Empty>Your key messages go here, one per pillar</Empty>
            </div>
          ) : (
            pillars.map((p, i) => (
              <div key={p.id} className={classes.pillar} data-testid={`house-pillar-${i + 1}`}>
                <div className={classes.pillarMessage}>
                  {p.message.trim() || <Empty>{`Key message ${i + 1}`}</Empty>}
                </div>
                {p.proofs.length > 0 ? (
                  <ul className={classes.proofs}>
                    {p.proofs.map((proof) => (
                      <li key={proof.id}>{proofText(proof)}</li>
                    ))}
                  </ul>
                ) : (
                  <Empty>No proof points yet</Empty>
                )}
              </div>
            ))
          )}
        </div>
        <div className={classes.foundation}>
          <div>
            <strong>Call to action: </strong>
            {house.callToAction.trim() || <Empty>not written yet</Empty>}
          </div>
          {house.criticism.trim() || house.response.trim() ? (
            <div>
              <strong>If someone says: </strong>
              {house.criticism.trim() || '…'} <strong>You answer: </strong>
              {house.response.trim() || <Empty>not written yet</Empty>}
            </div>
          ) : null}
        </div>
      </div>
      <VisuallyHidden>
        <p>Your Message House, as a list:</p>
        <ul>
          <li>Roof, the umbrella message: {umbrella || 'not written yet'}</li>
          {pillars.map((p, i) => (
            <li key={p.id}>
              Pillar {i + 1}, key message: {p.message.trim() || 'not written yet'}
              {p.proofs.length > 0 ? (
                <ul>
                  {p.proofs.map((proof) => (
                    <li key={proof.id}>{proofText(proof)}</li>
                  ))}
                </ul>
              ) : (
                ' (no proof points yet)'
              )}
            </li>
          ))}
          <li>Foundation, call to action: {house.callToAction.trim() || 'not written yet'}</li>
          <li>
            Likely criticism: {house.criticism.trim() || 'not written yet'}. Your answer:{' '}
            {house.response.trim() || 'not written yet'}
          </li>
        </ul>
      </VisuallyHidden>
    </figure>
  );
}
