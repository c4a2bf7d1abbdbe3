// The regions slice's public face: the scoped region picker other forms and filters embed.
export { RegionPicker, type RegionPickerProps } from './RegionPicker';
