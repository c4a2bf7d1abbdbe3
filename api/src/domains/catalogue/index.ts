// Menu services' public face.
export { catalogueRoutes } from './catalogue.routes.js';
export { catalogueItems, catalogueOrders } from './catalogue.table.js';
export { seedCatalogue, seedOrders, type ItemTemplate, type OrderSeed } from './catalogue-seed.service.js';
