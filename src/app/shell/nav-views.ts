import type SvgIcon from '@mui/material/SvgIcon';
import { createContext } from 'react';
import type { Permission } from '@/shared/contract/roles';

/** A view as the navigation lists it: where it is, what it is called and for, who may open it. */
export interface NavView {
  path: string;
  title: string;
  /** The permission (DESIGN "Who may do what") a role needs to open it. */
  permission: Permission;
  icon: typeof SvgIcon;
}

/**
 * The views of the side navigation, for pages the route table itself loads (the home page): the
 * shell provides them, so such a page never imports the route table that imports it.
 */
export const NavViewsContext = createContext<readonly NavView[]>([]);
