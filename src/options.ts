import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'

// Built on first use: most runs pass no rule options, and an Ajv costs milliseconds to build.
let ajv: Ajv | undefined
const validators = new WeakMap<object, ValidateFunction>()

/**
 * Check user options against a rule’s schema.
 *
 * @throws {TypeError}
 *   Phrased like every other message: `Unexpected …, expected …`, naming
 *   the rule and the key.
 */
export function validateOptions<Options>(
  id: string,
  schema: Readonly<Record<string, unknown>>,
  value: Options | undefined
): Options | undefined {
  if (value === undefined) return value

  let validate = validators.get(schema)
  if (!validate) {
    ajv ??= new Ajv({allErrors: true, strict: true})
    validate = ajv.compile(schema)
    validators.set(schema, validate)
  }

  const error = validate(value) ? undefined : validate.errors?.[0]
  if (error) throw new TypeError(describeSchemaError(id, error, value))
  return value
}

/** Word an ajv error as `Unexpected …, expected …` for the key path `id.…`. */
export function describeSchemaError(
  id: string,
  error: ErrorObject,
  root: unknown
): string {
  const keys = error.instancePath.split('/').slice(1)
  const field = [id, ...keys].filter(Boolean).join('.')
  const actual = keys.reduce<unknown>(function (value, key) {
    return (value as Record<string, unknown> | undefined)?.[key]
  }, root)

  if (error.keyword === 'additionalProperties') {
    const extra = String(error.params['additionalProperty'])
    return 'Unexpected field `' + extra + '` in `' + field + '`'
  }

  if (error.keyword === 'required') {
    return (
      'Missing field `' +
      String(error.params['missingProperty']) +
      '` in `' +
      field +
      '`'
    )
  }

  const head = 'Unexpected value `' + JSON.stringify(actual) + '` for `' + field

  if (error.keyword === 'enum') {
    const allowed = error.params['allowedValues'] as Array<unknown>
    return (
      head +
      '`, expected ' +
      allowed.map((value) => '`' + JSON.stringify(value) + '`').join(' or ')
    )
  }

  if (error.keyword === 'type') {
    return head + '`, expected type `' + String(error.params['type']) + '`'
  }

  return head + '`, expected a value that ' + (error.message ?? 'is valid')
}
