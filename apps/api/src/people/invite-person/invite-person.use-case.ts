import { adminOnly } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { invitePerson } from './invite-person.command';
import { InvitePersonInput } from './invite-person.input';
import { InvitePersonResolver } from './invite-person.resolver';

export const invitePersonUseCase = defineUseCase<InvitePersonInput, string, 'invitePerson'>({
  mutation: 'invitePerson',
  input: InvitePersonInput,
  access: adminOnly,
  resolver: InvitePersonResolver,
  run: invitePerson,
  recordId: (personId) => personId,
});
