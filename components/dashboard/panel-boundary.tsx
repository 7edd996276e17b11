"use client";

import { Component, type ReactNode } from "react";
import { PanelError } from "@/components/charts/chart-panel";

type Props = { title: string; children: ReactNode };

/**
 * Catches a panel whose server query failed (React re-throws a streamed server error at the
 * nearest client boundary), so that one panel shows an error and the others keep rendering.
 * Pages key it by the URL, so changing the filters tries the panel again.
 */
export class PanelBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(`Panel "${this.props.title}" failed`, error);
  }

  render() {
    if (this.state.failed) {
      return (
        <PanelError
          title={this.props.title}
          message="This panel could not be loaded. Change the filters or reload the page to try again."
        />
      );
    }
    return this.props.children;
  }
}
