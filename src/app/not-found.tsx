import { Link } from 'wouter';
import { buttonClass } from '@/shared/ui/button-class';
import { ErrorState } from '@/shared/ui/states';

export function NotFound() {
  return (
    <ErrorState
      title="This page does not exist"
      message="The address may be mistyped, or the link is from a newer version of Sidenote."
      action={
        <Link href="/" className={buttonClass('secondary', true)}>
          Go to the library
        </Link>
      }
    />
  );
}
