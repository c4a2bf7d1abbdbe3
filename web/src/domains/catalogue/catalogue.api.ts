import type { CatalogueItem, CatalogueItemInput, CatalogueQuery, Order, OrderDetail, OrderInput, OrderQuery } from '@wushe/common';
import { api, type PageOf } from '../../platform/api';

export type PublicItem = Omit<CatalogueItem, 'organisationId' | 'regionCodes' | 'status' | 'version'>;
const id = (s: string) => encodeURIComponent(s);

export const publicCatalogue = (q: CatalogueQuery) => api<PageOf<PublicItem>>('/public/catalogue', { query: { ...q } });
export const myItems = (q: CatalogueQuery) => api<PageOf<CatalogueItem>>('/catalogue/items', { query: { ...q } });
export const createItem = (input: CatalogueItemInput) => api<CatalogueItem>('/catalogue/items', { method: 'POST', body: input });
export const setItemStatus = (itemId: string, action: 'withdraw' | 'publish', version: number) => api<CatalogueItem>(`/catalogue/items/${id(itemId)}/${action}`, { method: 'POST', body: { version } });
export const listOrders = (q: OrderQuery) => api<PageOf<Order>>('/catalogue/orders', { query: { ...q } });
export const getOrder = (orderId: string) => api<OrderDetail>(`/catalogue/orders/${id(orderId)}`);
export const placeOrder = (input: OrderInput) => api<Order>('/catalogue/orders', { method: 'POST', body: input });
export type OrderActionName = 'accept' | 'decline' | 'deliver' | 'cancel' | 'rate';
export const actOnOrder = (orderId: string, action: OrderActionName, body: { version: number; note?: string; rating?: number; comment?: string }) =>
  api<OrderDetail>(`/catalogue/orders/${id(orderId)}/${action}`, { method: 'POST', body });
