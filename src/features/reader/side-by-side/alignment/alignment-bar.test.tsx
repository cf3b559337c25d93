import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AlignmentBar } from './alignment-bar';

// Without a comparison yet (the articles still loading), as ComparePage renders it first.
describe('the alignment bar before both articles have loaded', () => {
  it('holds its place and says it is comparing, so the panes below do not move when it fills', () => {
    render(<AlignmentBar pane="left" comparing />);
    expect(screen.getByTestId('alignment-bar')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Comparing the two articles…');
  });

  it('is not there when one article is open on both sides', () => {
    render(<AlignmentBar pane="left" comparing={false} />);
    expect(screen.queryByTestId('alignment-bar')).not.toBeInTheDocument();
  });
});
