// Menu services' public face.
export { catalogueRoutes } from './catalogue.routes.js';
export { catalogueItems, catalogueOrders } from './catalogue.table.js';
