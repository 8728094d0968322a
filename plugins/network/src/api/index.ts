export { networkApiRef, type NetworkApi } from './NetworkApi';
export { NetworkClient } from './NetworkClient';
