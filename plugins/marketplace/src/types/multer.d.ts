// multer ships without types and @types/multer is not installed; this is the part of its API the plugin uses.
declare module "multer" {
  type Middleware = (req: unknown, res: unknown, next: (error?: unknown) => void) => void
  interface Multer {
    single(field: string): Middleware
  }
  interface Options {
    storage?: unknown
    limits?: { fileSize?: number; files?: number }
  }
  interface MulterFactory {
    (options?: Options): Multer
    memoryStorage(): unknown
  }
  const multer: MulterFactory
  export default multer
}
