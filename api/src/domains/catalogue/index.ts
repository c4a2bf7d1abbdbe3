// Menu services' public face.
export { catalogueRoutes } from './catalogue.routes.js';
export { catalogueItems, catalogueOrders } from './catalogue.table.js';
export { seedCatalogue, seedOrders, type ItemTemplate, type OrderSeed } from './catalogue-seed.service.js';
export { placeFairOrder, type FairOrderOutcome, type FairOrderRequest } from './fair-orders.service.js';
export { monthStartShanghai } from './order-rules.js';
