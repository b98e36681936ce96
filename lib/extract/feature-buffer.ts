/**
 * Hashed features (a key and a value each) in the order they were given, held in arrays kept from
 * one clause to the next. The models gather a clause's features here and then sum their weights in
 * the same order: read back to back, without the hashing of the next word in between, the weight
 * table's rows (most of them cache misses) are fetched together rather than one at a time.
 */
export class FeatureBuffer {
  keys = new Uint32Array(256);
  values = new Float64Array(256);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  add(key: number, value: number): void {
    if (this.length === this.keys.length) this.grow();
    this.keys[this.length] = key;
    this.values[this.length] = value;
    this.length++;
  }

  private grow(): void {
    const keys = new Uint32Array(this.keys.length * 2);
    const values = new Float64Array(this.values.length * 2);
    keys.set(this.keys);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
