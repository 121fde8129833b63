import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

/** The built CLI, as `npx mtlint` runs it. */
export const bin = fileURLToPath(new URL('../../bin/mtlint.js', import.meta.url))

/** Result of one CLI run. */
export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Run the built CLI in a child process, as a user would (`script`: another entry point than `bin/mtlint.js`). */
export function runCli(args: ReadonlyArray<string>, options: {cwd?: string; stdin?: string; script?: string} = {}): Promise<CliResult> {
  return new Promise(function (resolve, reject) {
    const child = spawn(process.execPath, [options.script ?? bin, ...args], {cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.stdin ?? '')
  })
}
