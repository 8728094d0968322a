import {
  Link,
  sidebarConfig,
  useSidebarOpenState,
} from '@backstage/core-components';
import type { CSSProperties } from 'react';
import { LogoFull } from './LogoFull';
import { LogoIcon } from './LogoIcon';

const rootStyle: CSSProperties = {
  width: sidebarConfig.drawerWidthClosed,
  height: 3 * sidebarConfig.logoHeight,
  display: 'flex',
  flexFlow: 'row nowrap',
  alignItems: 'center',
  marginBottom: -14,
};
const linkStyle: CSSProperties = {
  width: sidebarConfig.drawerWidthClosed,
  marginLeft: 24,
};

export const SidebarLogo = () => {
  const { isOpen } = useSidebarOpenState();

  return (
    <div style={rootStyle}>
      <Link to="/" underline="none" style={linkStyle} aria-label="Home">
        {isOpen ? <LogoFull /> : <LogoIcon />}
      </Link>
    </div>
  );
};
