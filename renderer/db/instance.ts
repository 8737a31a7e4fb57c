/** The database the running application uses (tests make their own SecretariatDb instances). */
import { SecretariatDb } from './database.js';

export const db = new SecretariatDb();
